package com.custodia.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the tests' PostgreSQL, in this order:
 * <ol>
 * <li>{@code CUSTODIA_TEST_DATABASE_URL} (with {@code CUSTODIA_TEST_DATABASE_USERNAME} and
 * {@code CUSTODIA_TEST_DATABASE_PASSWORD}): that server;</li>
 * <li>a Docker engine (a {@code DOCKER_HOST} or {@code /var/run/docker.sock}), unless
 * {@code CUSTODIA_TEST_DATABASE=embedded}: Testcontainers' {@code postgres:17};</li>
 * <li>otherwise the application's own embedded PostgreSQL 17 in a throw-away directory.</li>
 * </ol>
 * The first two are external databases to the application, so it creates the first admin from
 * {@link #ADMIN_PASSWORD} instead of demo users; tests make their own users anyway.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String ADMIN_PASSWORD = "Test-Keeper-2026";

	private static PostgreSQLContainer container;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = System.getenv("CUSTODIA_TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			use(context, url, env("CUSTODIA_TEST_DATABASE_USERNAME", "postgres"), env("CUSTODIA_TEST_DATABASE_PASSWORD", ""));
		}
		else if (dockerEngineLikely() && !"embedded".equals(System.getenv("CUSTODIA_TEST_DATABASE"))) {
			PostgreSQLContainer postgres = startContainer();
			use(context, postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
		}
	}

	private static synchronized PostgreSQLContainer startContainer() {
		if (container == null) {
			container = new PostgreSQLContainer("postgres:17");
			container.start();
		}
		return container;
	}

	private static boolean dockerEngineLikely() {
		return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
	}

	private static void use(ConfigurableApplicationContext context, String url, String username, String password) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("custodiaTestDatabase", Map.of(
				"spring.datasource.url", url,
				"spring.datasource.username", username,
				"spring.datasource.password", password,
				"custodia.access.initial-admin-password", ADMIN_PASSWORD)));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null) ? fallback : value;
	}

}
