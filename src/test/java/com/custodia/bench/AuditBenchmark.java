package com.custodia.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.custodia.audit.AuditFilter;
import com.custodia.audit.AuditOutcome;
import com.custodia.audit.AuditQueries;
import com.custodia.audit.ChainVerification;
import com.custodia.audit.ChainVerifier;
import com.custodia.support.Browserless;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit benchmark (not part of {@code ./mvnw verify}; run {@code bench/audit.sh}). Fills a throw-away embedded
 * PostgreSQL with {@code bench.events} audit events (default 2,000,000) spread over 200 users, seals them, then
 * measures how fast the chain verification checks events and how long the filtered audit list takes over HTTP.
 * Prints the figures and writes them to {@code target/bench/audit.txt}.
 */
@Tag("benchmark")
@CustodiaIntegrationTest
class AuditBenchmark {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	AuditQueries queries;

	@Autowired
	TestAccounts accounts;

	@LocalServerPort
	int port;

	@Test
	void measure() throws Exception {
		int events = Integer.getInteger("bench.events", 2_000_000);
		List<String> report = new ArrayList<>();
		long t0 = System.nanoTime();
		FirmData.auditEvents(this.jdbc, events);
		report.add(String.format("generated %,d events in %.1f s", events, (System.nanoTime() - t0) / 1e9));

		long t1 = System.nanoTime();
		ChainVerification first = this.verifier.verify("benchmark");
		report.add(String.format("sealed the chain (inside the first verification) in %.1f s", (System.nanoTime() - t1) / 1e9));
		ChainVerification verification = this.verifier.verify("benchmark");
		report.add(String.format("verification: %,d events in %.2f s = %,.0f events/s, intact=%s",
				verification.eventsChecked(),
				java.time.Duration.between(verification.startedAt(), verification.finishedAt()).toMillis() / 1000.0,
				verification.eventsPerSecond(), verification.intact() && first.intact()));

		String auditor = this.accounts.userWithSeededRole("INTERNAL_AUDITOR");
		Browserless browser = new Browserless(this.port, "en");
		browser.login(auditor, TestAccounts.PASSWORD);
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		String oldDay = today.minusDays(300).toString();
		for (String url : List.of("/audit", "/audit?user=rm17", "/audit?user=rm17&outcome=FAILED",
				"/audit?action=CLIENT_UPDATED", "/audit?clientId=4242", "/audit?outcome=DENIED&from=2026-01-01&to=2026-12-31",
				"/audit?user=rm17&before=1000000", "/audit?from=" + oldDay + "&to=" + oldDay,
				"/audit?from=" + today.minusDays(340) + "&to=" + today.minusDays(200),
				"/audit?user=rm17&from=" + oldDay + "&to=" + oldDay)) {
			report.add(HttpTimes.time(browser, url, 5, 60));
		}
		long q0 = System.nanoTime();
		this.queries.page(new AuditFilter("rm17", null, AuditOutcome.FAILED, null, null, null, null, null, null), null, null);
		report.add(String.format("query only, user+outcome filter: %.1f ms", (System.nanoTime() - q0) / 1e6));

		report.forEach(System.out::println);
		Path out = Path.of("target/bench/audit.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
	}


}
