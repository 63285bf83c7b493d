package com.custodia.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL.
 *
 * @param dataDirectory where its files live; empty for a throw-away directory that is removed on shutdown (tests)
 * @param port its TCP port on localhost; 0 picks a free one
 */
@ConfigurationProperties("custodia.embedded-database")
public record EmbeddedDatabaseProperties(String dataDirectory, int port) {
}
