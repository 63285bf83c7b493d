package com.custodia.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.custodia.clients.ClientFixtures;
import com.custodia.support.Browserless;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger benchmark (not part of {@code ./mvnw verify}; run {@code bench/ledger.sh}). Writes one property with
 * {@code bench.entries} posted entries (default 100,000, over ten years) and a client with 200 pieces of property of
 * about a year's movements each, straight into PostgreSQL as chained entries, then times over HTTP the property page
 * (first and a deep page), the client's property tab, and one-year statements on screen and as PDF. Prints the figures
 * and writes them to {@code target/bench/ledger.txt}.
 */
@Tag("benchmark")
@CustodiaIntegrationTest
class LedgerBenchmark {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@LocalServerPort
	int port;

	@Test
	void measure() throws Exception {
		int entries = Integer.getInteger("bench.entries", 100_000);
		List<String> report = new ArrayList<>();
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long busy = this.clients.individual(rm, "基准大户");
		long many = this.clients.individual(rm, "基准多户");
		long t0 = System.nanoTime();
		long big = property(busy, "基准账户");
		chain(big, entries, 3650);
		for (int i = 0; i < 200; i++) {
			chain(property(many, "基准财产 " + i), 24, 365);
		}
		this.jdbc.execute("analyze ledger_entry");
		this.jdbc.execute("analyze ledger_property");
		report.add(String.format("generated 1 property with %,d entries and 200 with 25 each in %.1f s", entries + 1,
				(System.nanoTime() - t0) / 1e9));

		Browserless browser = new Browserless(this.port, "zh-CN");
		browser.login(rm, TestAccounts.PASSWORD);
		LocalDate today = LocalDate.now(SHANGHAI);
		String year = "from=" + today.minusYears(1).plusDays(1) + "&to=" + today;
		report.add(HttpTimes.time(browser, "/properties/" + big, 2, 30));
		report.add(HttpTimes.time(browser, "/properties/" + big + "?page=3000", 2, 30));
		report.add(HttpTimes.time(browser, "/clients/" + many + "/property", 2, 30));
		report.add(HttpTimes.time(browser, "/clients/" + many + "/statements?" + year, 2, 10));
		report.add(HttpTimes.time(browser, "/clients/" + many + "/statements.pdf?" + year, 2, 5));
		report.add(HttpTimes.time(browser, "/clients/" + busy + "/statements?" + year, 2, 10));
		report.add(HttpTimes.time(browser, "/clients/" + busy + "/statements.pdf?" + year, 2, 3));
		report.forEach(System.out::println);
		Path out = Path.of("target/bench/ledger.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
	}

	private long property(long client, String description) {
		return this.jdbc.queryForObject("""
				insert into ledger_property (code, client_id, property_type, description, custodian, location, status,
				    currency, value, quantity, registered_at, registered_by)
				values ('P1990-' || lpad(nextval('ledger_property_number_seq')::text, 6, '0'), ?, 'CASH', ?, '基准银行',
				    '上海', 'IN_CUSTODY', 'CNY', 0, 0, now() - interval '11 years', 'bench') returning id""", Long.class,
				client, description);
	}

	/**
	 * A registration and {@code count} movements over the last {@code days} days, each with the balance after: a
	 * deposit of 100.00 and a withdrawal of 40.00 in turn, so the balance never goes below zero.
	 */
	private void chain(long property, int count, int days) {
		this.jdbc.update("""
				insert into ledger_entry (property_id, kind, state, value_change, quantity_change, base_amount, reason, made_at,
				    made_by, made_by_id, posted_at, value_after, quantity_after, posting_seq, status_after)
				select ?, 'REGISTRATION', 'POSTED', 0, 0, 0, 'registration', now() - interval '11 years', 'bench', 0,
				    now() - interval '11 years', 0, 0, 0, 'IN_CUSTODY'""", property);
		this.jdbc.update("""
				insert into ledger_entry (property_id, kind, state, value_change, quantity_change, base_amount, reason, made_at,
				    made_by, made_by_id, posted_at, value_after, quantity_after, posting_seq)
				select ?, case when g % 2 = 1 then 'DEPOSIT' else 'WITHDRAWAL' end, 'POSTED',
				       case when g % 2 = 1 then 100.00 else -40.00 end, 0, 100.00, '基准变动',
				       now() - make_interval(secs => (? - g) * (? * 86400.0 / ?)), 'bench', 0,
				       now() - make_interval(secs => (? - g) * (? * 86400.0 / ?)),
				       (g / 2) * 60.00 + case when g % 2 = 1 then 100.00 else 0 end, 0, g
				from generate_series(1, ?) g""", property, count, days, count, count, days, count, count);
		this.jdbc.update("update ledger_property set value = (select value_after from ledger_entry where property_id = ? "
				+ "order by posting_seq desc limit 1), version = ? where id = ?", property, count, property);
	}


}
