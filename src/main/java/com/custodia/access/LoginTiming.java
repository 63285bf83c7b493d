package com.custodia.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The login's authentication provider. Spring refuses a locked or disabled account before it checks the password,
 * which answers faster than a wrong password (a password hash takes time) and would let response times reveal which
 * usernames are disabled. This provider spends the same hashing work on every refusal.
 */
@Configuration(proxyBeanMethods = false)
class LoginTiming {

	@Bean
	DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		String burnedHash = passwordEncoder.encode("custodia-timing-equalizer-1");
		UserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();
		provider.setPreAuthenticationChecks((user) -> {
			if (!user.isAccountNonLocked() || !user.isEnabled()) {
				passwordEncoder.matches("not-the-password-1", burnedHash);
			}
			accountStatus.check(user);
		});
		return provider;
	}

}
