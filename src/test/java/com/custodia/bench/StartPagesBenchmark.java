package com.custodia.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.custodia.support.Browserless;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The start-page benchmark (not part of {@code ./mvnw verify}; run {@code bench/start-pages.sh}). Fills a throw-away
 * database with a firm of {@code bench.clients} clients (default 100,000) over 200 RMs in 20 teams, with 300,000 pieces
 * of property and 1,000,000 ledger entries ({@link FirmData}), then times over HTTP every role's start page (one
 * client, after warm-up) and the four reports. Prints the figures and writes them to {@code target/bench/start-pages.txt}.
 */
@Tag("benchmark")
@CustodiaIntegrationTest
class StartPagesBenchmark {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@LocalServerPort
	int port;

	@Test
	void measure() throws Exception {
		int clients = Integer.getInteger("bench.clients", 100_000);
		List<String> report = new ArrayList<>();
		long t0 = System.nanoTime();
		FirmData.People people = new FirmData(this.jdbc, this.accounts).generate(20, 10, clients);
		report.add(String.format("generated %,d clients, %,d pieces of property, %,d ledger entries, %,d complaints in %.1f s",
				count("clients_client"), count("ledger_property"), count("ledger_entry"), count("complaints_complaint"),
				(System.nanoTime() - t0) / 1e9));
		List<String> users = new ArrayList<>(List.of(people.rm(), people.lead()));
		users.addAll(people.firmWide());
		for (String user : users) {
			Browserless browser = new Browserless(this.port, "zh-CN");
			browser.login(user, TestAccounts.PASSWORD);
			String role = this.jdbc.queryForObject("select string_agg(r.code, ',') from access_user u join "
					+ "access_user_role ur on ur.user_id = u.id join access_role r on r.id = ur.role_id where u.username = ?",
					String.class, user);
			report.add(role + ": " + HttpTimes.time(browser, "/", 3, 20));
			for (String path : reportsOf(role)) {
				report.add(role + ": " + HttpTimes.time(browser, path, 2, 10));
			}
		}
		report.forEach(System.out::println);
		Path out = Path.of("target/bench/start-pages.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
	}

	private static List<String> reportsOf(String role) {
		return switch (role) {
			case "COMPLIANCE_OFFICER" -> List.of("/ledger/report", "/risk/report", "/tiering/report", "/complaints/report");
			case "TEAM_LEAD" -> List.of("/tiering/report");
			default -> List.of();
		};
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
