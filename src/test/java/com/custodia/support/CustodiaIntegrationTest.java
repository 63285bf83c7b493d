package com.custodia.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL and a real port: the embedded one by default, or the server named by
 * {@code CUSTODIA_TEST_DATABASE_URL}. Every integration test uses exactly this, so they share one cached context.
 * Tests make their own users and roles ({@link TestAccounts}) and never depend on each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestAccounts.class, QueryCounter.class, com.custodia.clients.ClientFixtures.class,
		com.custodia.risk.RiskFixtures.class })
public @interface CustodiaIntegrationTest {

}
