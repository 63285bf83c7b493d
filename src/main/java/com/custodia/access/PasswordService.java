package com.custodia.access;

import java.time.Clock;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditOutcome;
import com.custodia.audit.AuditTrail;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user changing their own password (required after a new account or a reset). */
@Service
@Transactional
public class PasswordService {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AuditTrail audit;

	private final LoginAttempts loginAttempts;

	PasswordService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock, AuditTrail audit,
			LoginAttempts loginAttempts) {
		this.audit = audit;
		this.loginAttempts = loginAttempts;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** Answers false when the current password is wrong; the caller has checked the new one against the policy. */
	public boolean change(long userId, String currentPassword, String newPassword) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		java.time.Instant now = this.clock.instant();
		if (user.isLocked(now)) {
			throw new AccessRuleException("password.current.locked");
		}
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			// Guessing here counts like guessing at the login page, and is on the record.
			this.audit.record(AuditEntry.of("PASSWORD_CHANGE_FAILED").outcome(AuditOutcome.FAILED).target("USER", userId)
				.detail("BAD_CREDENTIALS"));
			this.loginAttempts.countFailure(userId, user.getUsername(), now);
			return false;
		}
		if (this.passwordEncoder.matches(newPassword, user.getPasswordHash())) {
			throw new AccessRuleException("password.policy.sameAsCurrent");
		}
		user.changePassword(this.passwordEncoder.encode(newPassword), false, this.clock.instant());
		this.audit.record(AuditEntry.of("PASSWORD_CHANGED").target("USER", userId));
		return true;
	}

}
