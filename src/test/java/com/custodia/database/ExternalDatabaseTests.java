package com.custodia.database;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import com.custodia.CustodiaApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Custodia on an external PostgreSQL (here: a separate server started for the test, each case on a new, empty
 * database): Flyway builds the schema from nothing, no demo users appear, and the first admin's password must be
 * given and strong.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseTests {

	private static EmbeddedPostgres server;

	private static int databases;

	@BeforeAll
	static void startServer() throws Exception {
		server = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void anEmptyDatabaseIsMigratedAndGetsOnlyTheFirstAdminWhoMustChooseANewPassword() throws Exception {
		String url = newDatabase();
		try (ConfigurableApplicationContext app = start(url, "Strong-Custody-2026")) {
			List<Map<String, Object>> users = new JdbcTemplate(dataSourceOf(url)).queryForList(
					"select username, must_change_password, password_hash from access_user");
			assertThat(users).hasSize(1);
			assertThat(users.get(0)).containsEntry("username", "admin").containsEntry("must_change_password", true);
			assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
				.matches("Strong-Custody-2026", (String) users.get(0).get("password_hash"))).isTrue();
			assertThat(new JdbcTemplate(dataSourceOf(url)).queryForObject("select count(*) from access_role", Integer.class))
				.isEqualTo(8);
		}
	}

	@Test
	void startUpStopsWithAClearMessageWhenTheAdminPasswordIsMissing(CapturedOutput output) throws Exception {
		String url = newDatabase();
		assertThatThrownBy(() -> start(url, "").close()).hasMessage(
				"The database has no users yet, so Custodia needs the first admin's password: set the environment "
						+ "variable CUSTODIA_ADMIN_PASSWORD (at least 10 characters, letters and digits).");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Set CUSTODIA_ADMIN_PASSWORD to a strong password and start Custodia again.");
	}

	@Test
	void startUpStopsWithAClearMessageWhenTheAdminPasswordIsWeak() throws Exception {
		String url = newDatabase();
		assertThatThrownBy(() -> start(url, "password").close()).hasMessageStartingWith("CUSTODIA_ADMIN_PASSWORD is too weak");
		assertThat(new JdbcTemplate(dataSourceOf(url)).queryForObject("select count(*) from access_user", Integer.class))
			.isZero();
	}

	private static ConfigurableApplicationContext start(String url, String adminPassword) {
		// Command-line arguments, like an operator's settings, take precedence over application.yml.
		return new SpringApplicationBuilder(CustodiaApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
				"--custodia.access.initial-admin-password=" + adminPassword, "--logging.level.root=warn");
	}

	private static String newDatabase() throws Exception {
		String name = "custodia_external_" + (++databases);
		try (Connection connection = server.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("create database " + name);
		}
		return server.getJdbcUrl("postgres", name);
	}

	private static javax.sql.DataSource dataSourceOf(String url) {
		org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
		dataSource.setUrl(url);
		dataSource.setUser("postgres");
		return dataSource;
	}

}
