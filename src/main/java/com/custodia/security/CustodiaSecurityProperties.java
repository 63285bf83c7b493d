package com.custodia.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web security settings.
 *
 * @param maxAnonymousSessions sessions of visitors who have not signed in kept at once; past it the oldest is ended
 * ({@link AnonymousSessions})
 */
@ConfigurationProperties("custodia.security")
public record CustodiaSecurityProperties(@DefaultValue("10000") int maxAnonymousSessions) {

	public CustodiaSecurityProperties {
		if (maxAnonymousSessions < 1) {
			throw new IllegalArgumentException("custodia.security.max-anonymous-sessions must be at least 1");
		}
	}

}
