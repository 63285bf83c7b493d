package com.custodia.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.custodia.clients.ClientFixtures;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Alerts on unusual movements and the risk officer's acknowledgement; the admin's thresholds; the exchange rates. */
@CustodiaIntegrationTest
class LedgerAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	PropertyLedger ledger;

	@Autowired
	LedgerSettings settings;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void unusualMovementsRaiseAlertsThatTheRiskOfficerAcknowledgesWithANote() throws Exception {
		CurrentUser rm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		long client = this.clients.individual(rm.username(), "预警测试");
		LedgerSettings.Thresholds thresholds = this.settings.thresholds();
		BigDecimal large = thresholds.alerts().largeMovement().add(BigDecimal.ONE);
		long cash = this.ledger.register(rm, client, new PropertyLedger.Registration(PropertyType.CASH, "现金账户", "托管银行",
				"上海", Currency.CNY, new BigDecimal("1000.00"), null, null));
		this.ledger.submit(rm, cash, new PropertyLedger.Movement(EntryKind.DEPOSIT, large, null, null, "大额存入"));
		for (int i = 0; i <= thresholds.alerts().withdrawalsPerDay(); i++) {
			this.ledger.submit(rm, cash, new PropertyLedger.Movement(EntryKind.WITHDRAWAL, new BigDecimal("-1.0" + i), null,
					null, "小额支取"));
		}
		assertThat(this.jdbc.queryForList("select reasons from ledger_alert where client_id = ? order by id", String.class,
				client)).containsExactly("LARGE_MOVEMENT", "FREQUENT_WITHDRAWALS");

		MockHttpSession officer = Login.as(this.mvc, this.accounts.userWithSeededRole("RISK_OFFICER"));
		String page = this.mvc.perform(get("/ledger/alerts").param("lang", "en").session(officer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("预警测试").contains("A single large movement").contains("Many withdrawals by one client in a day");
		long alert = this.jdbc.queryForObject("select min(id) from ledger_alert where client_id = ?", Long.class, client);
		this.mvc.perform(post("/ledger/alerts/" + alert).param("note", " ").with(csrf()).session(officer))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select acknowledged_at is null from ledger_alert where id = ?", Boolean.class,
				alert)).isTrue();
		this.mvc.perform(post("/ledger/alerts/" + alert).param("note", "已电话核实客户本人指令").with(csrf()).session(officer))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select note from ledger_alert where id = ?", String.class, alert))
			.isEqualTo("已电话核实客户本人指令");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'LEDGER_ALERT_ACKNOWLEDGED' "
				+ "and client_id = ?", Long.class, client)).isEqualTo(1);
		MockHttpSession rmSession = Login.as(this.mvc, rm.username());
		this.mvc.perform(get("/ledger/alerts").session(rmSession)).andExpect(status().isForbidden());
		this.mvc.perform(post("/ledger/alerts/" + alert).param("note", "x").with(csrf()).session(rmSession))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAdminSetsTheThresholdsWithClearMessagesAndAStaleFormIsRefused() throws Exception {
		LedgerSettings.Thresholds before = this.settings.thresholds();
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		String refused = this.mvc.perform(post("/ledger/settings").param("version", String.valueOf(before.version()))
			.param("approvalThreshold", "2,000,000").param("largeMovement", "1,000,000").param("withdrawalsPerDay", "0")
			.param("shareOfAssets", "80").param("lang", "en").with(csrf()).session(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Enter a whole number from 1 to 100").contains("value=\"2,000,000\"");
		this.mvc.perform(post("/ledger/settings").param("version", String.valueOf(before.version()))
			.param("approvalThreshold", "2,000,000").param("largeMovement", "6,000,000").param("withdrawalsPerDay", "5")
			.param("shareOfAssets", "90").with(csrf()).session(admin)).andExpect(status().is3xxRedirection());
		assertThat(this.settings.thresholds().approvalThreshold()).isEqualByComparingTo("2000000");
		assertThat(this.settings.thresholds().alerts().shareOfAssets()).isEqualByComparingTo("0.90");
		this.mvc.perform(post("/ledger/settings").param("version", String.valueOf(before.version()))
			.param("approvalThreshold", "1").param("largeMovement", "2").param("withdrawalsPerDay", "5")
			.param("shareOfAssets", "90").with(csrf()).session(admin)).andExpect(status().isConflict());
		assertThat(this.jdbc.queryForList("select changes::text from audit_event where action = 'LEDGER_SETTINGS_CHANGED' "
				+ "order by id desc limit 1", String.class)).singleElement().asString().contains("2000000");
		// Put the defaults back for the other tests.
		this.mvc.perform(post("/ledger/settings").param("version", String.valueOf(this.settings.thresholds().version()))
			.param("approvalThreshold", before.approvalThreshold().toPlainString())
			.param("largeMovement", before.alerts().largeMovement().toPlainString())
			.param("withdrawalsPerDay", String.valueOf(before.alerts().withdrawalsPerDay()))
			.param("shareOfAssets", before.alerts().shareOfAssets().movePointRight(2).toPlainString())
			.with(csrf()).session(admin)).andExpect(status().is3xxRedirection());
		MockHttpSession rm = Login.as(this.mvc, this.accounts.userWithSeededRole("RELATIONSHIP_MANAGER"));
		this.mvc.perform(get("/ledger/settings").session(rm)).andExpect(status().isForbidden());
	}

	@Test
	void ratesAreSetFromTodayOnAndConvertFromTheirDay() throws Exception {
		MockHttpSession finance = Login.as(this.mvc, this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		java.time.LocalDate today = this.clients.service().today();
		this.mvc.perform(post("/ledger/rates").param("currency", "HKD").param("validFrom", today.plusDays(1).toString())
			.param("inBase", "0.95").with(csrf()).session(finance)).andExpect(status().is3xxRedirection());
		String past = this.mvc.perform(post("/ledger/rates").param("currency", "HKD").param("validFrom", today.minusDays(1).toString())
			.param("inBase", "0.9").param("lang", "en").with(csrf()).session(finance)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(past).contains("Rates for past days cannot change");
		this.mvc.perform(post("/ledger/rates").param("currency", "HKD").param("validFrom", today.plusDays(1).toString())
			.param("inBase", "0.96").with(csrf()).session(finance)).andExpect(status().is3xxRedirection());
		ExchangeRates rates = this.ledger.rates();
		assertThat(rates.rateOn(Currency.HKD, today.plusDays(1))).hasValueSatisfying((r) -> assertThat(r).isEqualByComparingTo("0.96"));
		assertThat(rates.rateOn(Currency.HKD, today)).hasValueSatisfying((r) -> assertThat(r).isNotEqualByComparingTo("0.96"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'EXCHANGE_RATE_SET' "
				+ "and target_id = ?", Long.class, "HKD@" + today.plusDays(1))).isEqualTo(2);
		MockHttpSession rm = Login.as(this.mvc, this.accounts.userWithSeededRole("RELATIONSHIP_MANAGER"));
		this.mvc.perform(get("/ledger/rates").session(rm)).andExpect(status().isForbidden());
	}

}
