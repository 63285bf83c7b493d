package com.custodia.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL 17 (binaries from Maven Central) when no external database is configured, so that a
 * fresh clone runs with one command. Its data survives restarts in {@code ./data/postgres}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDatabase
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(properties.port())
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "100")
			// The data sit in memory or on SSD, where a random read costs about what a sequential one does: at the
			// default 4, PostgreSQL hashed all 100,000 tier records to add up one RM's 500 (docs/performance.md).
			.setServerConfig("random_page_cost", "1.1")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8");
		if (StringUtils.hasText(properties.dataDirectory())) {
			Path directory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
			log.info("Starting the embedded PostgreSQL with its data in {}", directory);
		}
		return builder.start();
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.driverClassName("org.postgresql.Driver")
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.password("")
			.build();
		dataSource.setPoolName("custodia-embedded");
		return dataSource;
	}

}
