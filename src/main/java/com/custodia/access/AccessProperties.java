package com.custodia.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login settings.
 *
 * @param maxFailedLogins consecutive failed logins that lock an account
 * @param lockDuration how long a lock lasts (an admin can unlock sooner)
 * @param initialAdminPassword the first admin's password on an empty external database
 */
@ConfigurationProperties("custodia.access")
public record AccessProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("") String initialAdminPassword) {
}
