package com.custodia.access;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
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

	LoginAttempts(UserAccountRepository users, AccessProperties properties, Clock clock) {
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = normalize(event.getAuthentication().getName());
		Instant now = this.clock.instant();
		this.users.findByUsername(username).ifPresentOrElse(
				(user) -> user.recordFailedLogin(now, this.properties.maxFailedLogins(), this.properties.lockDuration()),
				() -> recordUnknown(username, now));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		String username = normalize(event.getAuthentication().getName());
		this.users.findByUsername(username).ifPresent((user) -> user.recordSuccessfulLogin(this.clock.instant()));
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
