package com.custodia.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when no external database is configured ({@code spring.datasource.url} is not set), so Custodia runs on
 * its embedded PostgreSQL and loads demo data.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(EmbeddedDatabaseCondition.class)
public @interface ConditionalOnEmbeddedDatabase {

	/** {@code true} (default): match in embedded mode; {@code false}: match when an external database is used. */
	boolean value() default true;

}
