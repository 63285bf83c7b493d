package com.custodia.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import com.custodia.clients.ClientFixtures;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Statements: opening plus movements is closing for every property and period on a year of generated entries, the
 * totals in CNY add up too, the PDF carries the Chinese text, and the scope and permission hold.
 */
@CustodiaIntegrationTest
class StatementIntegrationTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	Statements statements;

	@Autowired
	PropertyLedger ledger;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	String rm;

	CurrentUser user;

	long client;

	@BeforeEach
	void aClientWithAYearOfMovements() {
		this.rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		this.user = this.clients.user(this.rm);
		this.client = this.clients.individual(this.rm, "白风对账");
		Random random = new Random(this.client);
		LocalDate today = this.clients.service().today();
		for (Currency currency : new Currency[] { Currency.CNY, Currency.USD, Currency.CNY }) {
			history(currency, today.minusDays(400), today, random);
		}
	}

	@Test
	void openingPlusMovementsIsClosingForEveryPropertyAndPeriod() {
		LocalDate today = this.clients.service().today();
		Random random = new Random(42);
		for (int i = 0; i < 25; i++) {
			LocalDate to = today.minusDays(random.nextInt(380));
			LocalDate from = to.minusDays(random.nextInt(200));
			Statement statement = this.statements.of(this.user, this.client, from, to);
			for (Statement.Section section : statement.sections()) {
				assertThat(section.addsUp()).isTrue();
				assertThat(section.closing()).as(section.code() + " " + from + ".." + to)
					.isEqualByComparingTo(independentBalance(section.propertyId(), to.plusDays(1)));
				assertThat(section.opening()).isEqualByComparingTo(independentBalance(section.propertyId(), from));
				assertThat(section.lines()).allSatisfy((line) -> assertThat(line.postedAt())
					.isAfterOrEqualTo(from.atStartOfDay(SHANGHAI).toInstant())
					.isBefore(to.plusDays(1).atStartOfDay(SHANGHAI).toInstant()));
			}
			assertThat(statement.openingBase().add(statement.movementsBase())).isEqualByComparingTo(statement.closingBase());
		}
	}

	@Test
	void aStatementOfWhatTheServiceWroteAddsUpWhateverWasApprovedWhen() {
		CurrentUser lead = this.clients.user(this.accounts.userWithSeededRoleInTeam("TEAM_LEAD",
				this.jdbc.queryForObject("select team_id from access_user where username = ?", Long.class, this.rm)));
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		long client = this.clients.individual(this.rm, "服务写入对账");
		long a = this.ledger.register(this.user, client, new PropertyLedger.Registration(PropertyType.CASH, "甲", "银行",
				"上海", Currency.CNY, new BigDecimal("3000000.00"), null, null));
		long b = this.ledger.register(this.user, client, new PropertyLedger.Registration(PropertyType.CASH, "乙", "银行",
				"上海", Currency.CNY, new BigDecimal("10.00"), null, null));
		long large = this.ledger.submit(this.user, a, new PropertyLedger.Movement(EntryKind.WITHDRAWAL,
				new BigDecimal("-1500000.00"), null, null, "大额支取")).entryId();
		long deposit = this.ledger.submit(this.user, a, new PropertyLedger.Movement(EntryKind.DEPOSIT,
				new BigDecimal("20.00"), null, null, "存入")).entryId();
		this.ledger.decide(lead, large, true, "同意");
		long reversal = this.ledger.reverse(finance, deposit, "录错").entryId();
		this.ledger.transfer(this.user, a, b, new BigDecimal("100.00"), null, "调拨");
		this.ledger.decide(lead, reversal, true, "同意冲正");
		LocalDate today = this.clients.service().today();
		Statement statement = this.statements.of(this.user, client, today, today);
		assertThat(statement.sections()).allSatisfy((section) -> assertThat(section.addsUp()).isTrue());
		assertThat(statement.sections().get(0).closing()).isEqualByComparingTo(this.ledger.balance(this.user, a).value())
			.isEqualByComparingTo("1499900.00");
		assertThat(statement.sections().get(1).closing()).isEqualByComparingTo("110.00");
		assertThat(statement.closingBase()).isEqualByComparingTo("1500010.00");
	}

	@Test
	void propertyCountedInUnitsShowsItsQuantitiesOnTheStatement() throws Exception {
		long client = this.clients.individual(this.rm, "金条对账");
		long gold = this.ledger.register(this.user, client, new PropertyLedger.Registration(PropertyType.PRECIOUS_METAL,
				"金条", "内部金库", "B2-17", Currency.CNY, new BigDecimal("550000.00"), new BigDecimal("1000.5"), "克"));
		this.ledger.submit(this.user, gold, new PropertyLedger.Movement(EntryKind.WITHDRAWAL, new BigDecimal("-55000.00"),
				new BigDecimal("-100.25"), null, "客户提取部分金条"));
		LocalDate today = this.clients.service().today();
		Statement.Section section = this.statements.of(this.user, client, today, today).sections().get(0);
		assertThat(section.openingQuantity()).isEqualByComparingTo("0");
		assertThat(section.closingQuantity()).isEqualByComparingTo("900.25");
		assertThat(section.addsUp()).isTrue();
		String page = this.mvc.perform(get("/clients/" + client + "/statements").param("from", today.toString())
			.param("to", today.toString()).param("lang", "en").session(Login.as(this.mvc, this.rm)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("+1,000.5 克").contains("-100.25 克").contains("900.25 克");
	}

	@Test
	void thePdfCarriesTheClientThePeriodAndTheMovementsAsChineseText() throws Exception {
		MockHttpSession session = Login.as(this.mvc, this.rm);
		LocalDate today = this.clients.service().today();
		byte[] pdf = this.mvc.perform(get("/clients/" + this.client + "/statements.pdf").param("from", today.minusDays(90).toString())
			.param("to", today.toString()).param("lang", "zh-CN").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		String code = this.jdbc.queryForObject("select code from ledger_property where client_id = ? order by id limit 1",
				String.class, this.client);
		assertThat(text).contains("白风对账").contains("对账单").contains("期初余额").contains("期末余额").contains(code)
			.contains("生成测试变动");
		assertThat(text).contains("华信财富管理有限公司");
		byte[] english = this.mvc.perform(get("/clients/" + this.client + "/statements.pdf").param("from",
				today.minusDays(90).toString()).param("to", today.toString()).param("lang", "en").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(english)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Huaxin Wealth Management Co., Ltd.")
				.contains("Statement").contains("白风对账").contains(code);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'STATEMENT_DOWNLOADED' "
				+ "and client_id = ?", Long.class, this.client)).isEqualTo(2);
		String page = this.mvc.perform(get("/clients/" + this.client + "/statements").param("from", today.toString())
			.param("to", today.minusDays(1).toString()).param("lang", "en").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("The end of the period cannot come before its start.");
	}

	@Test
	void anotherRmsClientsStatementIsNotFoundAndItNeedsItsPermission() throws Exception {
		MockHttpSession other = Login.as(this.mvc,
				this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		this.mvc.perform(get("/clients/" + this.client + "/statements").session(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/" + this.client + "/statements.pdf").param("from", "2026-01-01")
			.param("to", "2026-01-31").session(other)).andExpect(status().isNotFound());
		MockHttpSession risk = Login.as(this.mvc, this.accounts.userWithSeededRole("RISK_OFFICER"));
		this.mvc.perform(get("/clients/" + this.client + "/statements").with(csrf()).session(risk))
			.andExpect(status().isForbidden());
	}

	/** A property with entries posted on random days between {@code from} and {@code to}, none below zero. */
	private void history(Currency currency, LocalDate from, LocalDate to, Random random) {
		// Written straight into the tables, as if registered on {@code from}: the service posts only at "now".
		Timestamp registered = Timestamp.from(from.atStartOfDay(SHANGHAI).plusHours(9).toInstant());
		long property = this.jdbc.queryForObject("""
				insert into ledger_property (code, client_id, property_type, description, custodian, location, status,
				    currency, value, quantity, registered_at, registered_by)
				values ('P2000-' || nextval('ledger_property_number_seq'), ?, 'CASH', '对账测试账户', '托管银行', '上海',
				    'IN_CUSTODY', ?, 0, 0, ?, 'generator') returning id""", Long.class, this.client, currency.name(), registered);
		this.jdbc.update("""
				insert into ledger_entry (property_id, kind, state, value_change, quantity_change, base_amount, reason,
				    made_at, made_by, made_by_id, posted_at, value_after, quantity_after, status_after, posting_seq)
				values (?, 'REGISTRATION', 'POSTED', 0, 0, 0, 'registration', ?, 'generator', 0, ?, 0, 0, 'IN_CUSTODY', 0)""",
				property, registered, registered);
		BigDecimal balance = BigDecimal.ZERO;
		long sequence = 0;
		LocalDate day = from;
		while (day.isBefore(to)) {
			day = day.plusDays(1 + random.nextInt(6));
			BigDecimal change = BigDecimal.valueOf(random.nextInt(2_000_000) - 800_000, 2);
			if (balance.add(change).signum() < 0) {
				change = change.negate();
			}
			balance = balance.add(change);
			Timestamp at = Timestamp.from(day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(SHANGHAI).toInstant());
			this.jdbc.update("""
					insert into ledger_entry (property_id, kind, state, value_change, quantity_change, base_amount, reason,
					    made_at, made_by, made_by_id, posted_at, value_after, quantity_after, posting_seq)
					values (?, ?, 'POSTED', ?, 0, 0, '生成测试变动', ?, 'generator', 0, ?, ?, 0, ?)""",
					property, (change.signum() >= 0) ? "DEPOSIT" : "WITHDRAWAL", change, at, at, balance, ++sequence);
		}
		this.jdbc.update("update ledger_property set value = ?, version = ? where id = ?", balance, sequence, property);
	}

	/** The balance from the entries themselves: every posted change before the start of {@code day}. */
	private BigDecimal independentBalance(long property, LocalDate day) {
		return this.jdbc.queryForObject("select coalesce(sum(value_change), 0) from ledger_entry where property_id = ? "
				+ "and state = 'POSTED' and posted_at < ?", BigDecimal.class, property,
				Timestamp.from(day.atStartOfDay(SHANGHAI).toInstant()));
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
