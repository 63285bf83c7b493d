package com.custodia.access;

import java.time.Clock;

import com.custodia.audit.AuditEntry;
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

	PasswordService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** Answers false when the current password is wrong; the caller has checked the new one against the policy. */
	public boolean change(long userId, String currentPassword, String newPassword) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
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
