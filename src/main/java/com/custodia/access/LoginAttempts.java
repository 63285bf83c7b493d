package com.custodia.access;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditOutcome;
import com.custodia.audit.AuditTrail;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account after too many in a row. Usernames that do not exist are counted too
 * (in memory) and "lock" the same way, so that the lock message gives away nothing about which usernames exist.
 */
@Component
class LoginAttempts {

	private static final int UNKNOWN_NAMES_REMEMBERED = 10_000;

	private final UserAccountRepository users;

	private final AccessProperties properties;

	private final Clock clock;

	private final Map<String, UnknownNameFailures> unknownNames = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, UnknownNameFailures> eldest) {
			return size() > UNKNOWN_NAMES_REMEMBERED;
		}
	};

	private final AuditTrail audit;

	private final FailedLoginCounter counter;

	LoginAttempts(UserAccountRepository users, AccessProperties properties, Clock clock, AuditTrail audit,
			FailedLoginCounter counter) {
		this.users = users;
		this.counter = counter;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = normalize(event.getAuthentication().getName());
		Instant now = this.clock.instant();
		String reason = (event instanceof AuthenticationFailureLockedEvent) ? "ACCOUNT_LOCKED"
				: (event instanceof AuthenticationFailureDisabledEvent) ? "ACCOUNT_DISABLED"
				: (event instanceof AuthenticationFailureBadCredentialsEvent) ? "BAD_CREDENTIALS"
				: event.getException().getClass().getSimpleName();
		var user = this.users.findByUsername(username);
		this.audit.record(AuditEntry.of("LOGIN_FAILURE").outcome(AuditOutcome.FAILED).actor(username, null)
			.target("USER", user.map(UserAccount::getId).orElse(null))
			.detail(user.isPresent() ? reason : reason + ", UNKNOWN_USER"));
		// A wrong password counts, and so does any attempt on a disabled account, so that a disabled account locks
		// just like a real or an unknown one and the login page tells them apart in no way.
		if (event instanceof AuthenticationFailureLockedEvent) {
			return;
		}
		user.ifPresentOrElse((account) -> countFailure(account.getId(), username, now), () -> recordUnknown(username, now));
	}

	/** Counts a failure for an existing account (also a wrong current password on the change-password form). */
	void countFailure(long userId, String username, Instant now) {
		this.counter.countFailure(userId, now, this.properties.maxFailedLogins(), this.properties.lockDuration())
			.ifPresent((until) -> this.audit.record(AuditEntry.of("ACCOUNT_LOCKED").outcome(AuditOutcome.DENIED)
				.actor(username, null)
				.target("USER", userId)
				.detail("until " + until)));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		String username = normalize(event.getAuthentication().getName());
		this.users.findByUsername(username).ifPresent((user) -> {
			this.counter.countSuccess(user.getId(), this.clock.instant());
			this.audit.record(AuditEntry.of("LOGIN_SUCCESS").actor(username, roleCodes(user)).target("USER", user.getId()));
		});
	}

	@EventListener
	@Transactional
	public void onLogout(LogoutSuccessEvent event) {
		String username = normalize(event.getAuthentication().getName());
		this.users.findByUsername(username).ifPresent((user) -> this.audit
			.record(AuditEntry.of("LOGOUT").actor(username, roleCodes(user)).target("USER", user.getId())));
	}

	static java.util.List<String> roleCodes(UserAccount user) {
		return user.getRoles().stream().filter((role) -> !role.isRetired()).map(Role::getCode).sorted().toList();
	}

	/** Whether a username that does not exist has failed often enough to read as locked. */
	boolean isUnknownNameLocked(String username) {
		synchronized (this.unknownNames) {
			UnknownNameFailures failures = this.unknownNames.get(normalize(username));
			return failures != null && failures.lockedUntil != null && failures.lockedUntil.isAfter(this.clock.instant());
		}
	}

	private void recordUnknown(String username, Instant now) {
		synchronized (this.unknownNames) {
			UnknownNameFailures failures = this.unknownNames.computeIfAbsent(username, (name) -> new UnknownNameFailures());
			if (failures.lockedUntil != null && failures.lockedUntil.isAfter(now)) {
				return;
			}
			failures.count++;
			if (failures.count >= this.properties.maxFailedLogins()) {
				failures.lockedUntil = now.plus(this.properties.lockDuration());
				failures.count = 0;
			}
		}
	}

	static String normalize(String username) {
		return (username == null) ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
	}

	private static final class UnknownNameFailures {

		int count;

		Instant lockedUntil;

	}

}
