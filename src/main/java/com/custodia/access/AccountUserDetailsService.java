package com.custodia.access;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the account a login names, with its lock and enabled state; used by Spring Security's form login. */
@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

	private static final String UNUSABLE_PASSWORD = "{noop}" + UUID.randomUUID();

	private final UserAccountRepository users;

	private final LoginAttempts attempts;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository users, LoginAttempts attempts, Clock clock) {
		this.users = users;
		this.attempts = attempts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String name = LoginAttempts.normalize(username);
		return this.users.findByUsername(name)
			.map((user) -> User.withUsername(user.getUsername())
				.password(user.getPasswordHash())
				.disabled(!user.isEnabled())
				.accountLocked(user.isLocked(this.clock.instant()))
				.authorities("AUTHENTICATED")
				.build())
			.orElseGet(() -> lockedLookAlike(name));
	}

	/** An unknown name that has failed too often answers "locked" exactly like a real account would. */
	private UserDetails lockedLookAlike(String name) {
		if (!name.isEmpty() && this.attempts.isUnknownNameLocked(name)) {
			return User.withUsername(name).password(UNUSABLE_PASSWORD).accountLocked(true).authorities("NONE").build();
		}
		throw new UsernameNotFoundException("No such user");
	}

}
