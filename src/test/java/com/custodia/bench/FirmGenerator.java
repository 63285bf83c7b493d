package com.custodia.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.custodia.audit.ChainVerification;
import com.custodia.audit.ChainVerifier;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The load benchmark's data (not part of {@code ./mvnw verify}; {@code bench/load.sh} runs it). Fills the embedded
 * PostgreSQL kept in {@code bench.dir}/postgres (or the database named by {@code SPRING_DATASOURCE_URL}) with a firm of
 * {@code bench.clients} clients over 200 RMs in 20 teams ({@link FirmData}), 20 audit events per client (2,000,000 at
 * 100,000) sealed into the chain, and 1.5 assessments per client; then writes {@code bench.dir}/paths.tsv, the pages
 * the load run walks (page, user, path), drawn reproducibly from the data.
 */
@Tag("benchmark")
@CustodiaIntegrationTest
@TestPropertySource(properties = "custodia.embedded-database.data-directory=${bench.dir}/postgres")
class FirmGenerator {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ChainVerifier chain;

	@Test
	void generate() throws Exception {
		int clients = Integer.getInteger("bench.clients", 100_000);
		Path dir = Path.of(System.getProperty("bench.dir"));
		List<String> report = new ArrayList<>();
		long t0 = System.nanoTime();
		FirmData firm = new FirmData(this.jdbc, this.accounts);
		// The firm's shape follows its size: RMs of about 500 clients each, in teams of ten, at least one team. 100,000
		// clients: 200 RMs in 20 teams (issue 10); 1,000: one team of ten RMs with 100 each, so that the growth line
		// compares lists of the same length (with 200 RMs a book of 1,000 clients was five a page).
		int rms = Math.max(10, clients / 500);
		FirmData.People people = firm.generate(Math.max(1, rms / 10), 10, clients);
		int assessments = firm.assessments();
		FirmData.auditEvents(this.jdbc, clients * 20);
		report.add(String.format("generated %,d clients, %,d pieces of property, %,d ledger entries, %,d complaints, "
				+ "%,d assessments, %,d audit events in %.1f s", count("clients_client"), count("ledger_property"),
				count("ledger_entry"), count("complaints_complaint"), assessments, count("audit_event"),
				(System.nanoTime() - t0) / 1e9));
		long t1 = System.nanoTime();
		// The application's own sealer runs every second and may hold the sealing lock: wait until nothing is pending, so
		// the load run starts on a sealed trail (sealing 2,000,000 events takes about a minute of CPU).
		while (count("audit_pending") > 0) {
			this.chain.verify("benchmark");
			Thread.sleep(1000);
		}
		report.add(String.format("sealed the audit chain in %.1f s", (System.nanoTime() - t1) / 1e9));
		ChainVerification verification = this.chain.verify("benchmark");
		report.add(String.format("verified %,d events: intact %s", verification.eventsChecked(), verification.intact()));
		this.jdbc.execute("vacuum analyze");
		Files.write(dir.resolve("paths.tsv"), paths(people));
		report.forEach(System.out::println);
		Files.write(dir.resolve("generated.txt"), report);
	}

	/** What the load run asks for: each page's URLs, as users of the roles that use it. */
	private List<String> paths(FirmData.People people) {
		Random random = new Random(20261123L);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		List<String> lines = new ArrayList<>();
		lines.add("login\t-\t/login");
		String lead = people.lead();
		String finance = people.firmWide().get(0);
		String compliance = people.firmWide().get(2);
		String auditor = people.firmWide().get(3);
		String service = people.firmWide().get(5);
		for (String rm : people.rms()) {
			long rmId = this.accounts.idOf(rm);
			List<Long> book = this.jdbc.queryForList("select id from clients_client where owner_id = ? order by id",
					Long.class, rmId);
			int pages = Math.max(1, book.size() / 20);
			for (int i = 0; i < 10; i++) {
				long client = book.get(random.nextInt(book.size()));
				Map<String, Object> row = this.jdbc.queryForMap(
						"select code, phone_last4, name from clients_client where id = ?", client);
				String code = (String) row.get("code");
				String phone = (String) row.get("phone_last4");
				lines.add("client-list\t" + rm + "\t/clients?page=" + random.nextInt(pages));
				lines.add("client-list\t" + rm + "\t/clients?q=" + phone);
				lines.add("client-list\t" + rm + "\t/clients?q=" + code);
				lines.add("client-list\t" + rm + "\t/clients?q="
						+ URLEncoder.encode((String) row.get("name"), StandardCharsets.UTF_8));
				lines.add("client-list\t" + rm + "\t/clients?tier=GOLD&sort=financialAssets,desc&page="
						+ random.nextInt(Math.max(1, pages / 4)));
				lines.add("client-list\t" + rm + "\t/clients?risk=C" + (1 + random.nextInt(5)) + "&sort=code,desc");
				lines.add("client-list\t" + rm + "\t/clients?status=ACTIVE&sort=createdAt,desc&page=" + random.nextInt(pages));
				lines.add("client-archive\t" + rm + "\t/clients/" + client);
				lines.add("property-tab\t" + rm + "\t/clients/" + client + "/property");
				List<Long> property = this.jdbc.queryForList("select id from ledger_property where client_id = ?",
						Long.class, client);
				lines.add("property\t" + rm + "\t/properties/" + property.get(random.nextInt(property.size())));
				lines.add("statement\t" + rm + "\t/clients/" + client + "/statements?from=" + today.minusYears(1) + "&to="
						+ today);
			}
			lines.add("start-rm\t" + rm + "\t/");
		}
		long team = this.jdbc.queryForObject("select count(*) from clients_client c join access_user u on u.id = c.owner_id "
				+ "where u.team_id = (select team_id from access_user where username = ?)", Long.class, lead);
		long firm = count("clients_client");
		for (int i = 0; i < 20; i++) {
			lines.add("client-list\t" + lead + "\t/clients?page=" + random.nextInt((int) Math.max(1, team / 20)));
			lines.add("client-list\t" + lead + "\t/clients?tier=SILVER&sort=code&page="
					+ random.nextInt((int) Math.max(1, team / 80)));
			lines.add("client-list\t" + service + "\t/clients?q=C1990-" + String.format("%06d", 1 + random.nextInt((int) firm - 300)));
			lines.add("client-list\t" + compliance + "\t/clients?page=" + random.nextInt((int) Math.max(1, firm / 20)));
			lines.add("client-list\t" + compliance + "\t/clients?sort=financialAssets,desc&page="
					+ random.nextInt((int) Math.max(1, firm / 20)));
			int rm = random.nextInt(200);
			LocalDate day = today.minusDays(random.nextInt(300));
			lines.add("audit-list\t" + auditor + "\t/audit?user=rm" + rm);
			lines.add("audit-list\t" + auditor + "\t/audit?user=rm" + rm + "&outcome=FAILED");
			lines.add("audit-list\t" + auditor + "\t/audit?action=CLIENT_UPDATED&from=" + day.minusDays(30) + "&to=" + day);
			lines.add("audit-list\t" + auditor + "\t/audit?clientId=" + random.nextInt(100_000));
			lines.add("audit-list\t" + auditor + "\t/audit?outcome=DENIED&from=" + today.minusYears(1) + "&to=" + today);
			lines.add("audit-list\t" + auditor + "\t/audit?from=" + day + "&to=" + day);
		}
		lines.add("audit-list\t" + auditor + "\t/audit");
		lines.add("start-lead\t" + lead + "\t/");
		lines.add("start-finance\t" + finance + "\t/");
		lines.add("start-risk\t" + people.firmWide().get(1) + "\t/");
		lines.add("start-compliance\t" + compliance + "\t/");
		lines.add("start-auditor\t" + auditor + "\t/");
		lines.add("start-admin\t" + people.firmWide().get(4) + "\t/");
		lines.add("start-service\t" + service + "\t/");
		return lines;
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
