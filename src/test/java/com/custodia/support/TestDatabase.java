package com.custodia.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the tests' PostgreSQL. By default the application's own embedded PostgreSQL 17 (a fresh, throw-away
 * cluster). With {@code CUSTODIA_TEST_DATABASE_URL} (and {@code CUSTODIA_TEST_DATABASE_USERNAME},
 * {@code CUSTODIA_TEST_DATABASE_PASSWORD}) the tests use that server instead, as an external database, so they
 * create the first admin from a fixed test password.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String ADMIN_PASSWORD = "Test-Admin-2026";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = System.getenv("CUSTODIA_TEST_DATABASE_URL");
		if (url == null || url.isBlank()) {
			return;
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("custodiaTestDatabase", Map.of(
				"spring.datasource.url", url,
				"spring.datasource.username", env("CUSTODIA_TEST_DATABASE_USERNAME", "postgres"),
				"spring.datasource.password", env("CUSTODIA_TEST_DATABASE_PASSWORD", ""),
				"custodia.access.initial-admin-password", ADMIN_PASSWORD)));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null) ? fallback : value;
	}

}
