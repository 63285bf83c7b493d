package com.custodia.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.custodia.clients.ClientFixtures;
import com.custodia.ledger.Currency;
import com.custodia.ledger.EntryKind;
import com.custodia.ledger.PropertyLedger;
import com.custodia.ledger.PropertyQueries;
import com.custodia.ledger.PropertyType;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Start pages by role: the ledger, audit and admin panels show the counts the user's scope allows, with their links. */
@CustodiaIntegrationTest
class StartPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	PropertyLedger ledger;

	@Autowired
	PropertyQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	com.custodia.support.QueryCounter counter;

	@Autowired
	com.custodia.tiering.Tiering tiering;

	@Autowired
	com.custodia.complaints.Complaints complaints;

	@Test
	void theMakerSeesTheirWaitingMovementAndTheCheckerTheQueueLessTheirOwn() throws Exception {
		long team = this.accounts.team();
		String rmName = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
		CurrentUser rm = this.clients.user(rmName);
		long client = this.clients.individual(rmName, "首页台账客户");
		long cash = this.ledger.register(rm, client, new PropertyLedger.Registration(PropertyType.CASH, "现金", "银行",
				"上海", Currency.CNY, new BigDecimal("3000000.00"), null, null));
		this.ledger.submit(rm, cash, new PropertyLedger.Movement(EntryKind.WITHDRAWAL, new BigDecimal("-1500000.00"), null,
				null, "大额支取"));
		assertThat(page(Login.as(this.mvc, rmName))).contains("1 of your movements waiting for approval")
			.contains("0 of your movements rejected in the last 30 days");

		String leadName = this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team);
		CurrentUser lead = this.clients.user(leadName);
		long waiting = this.queries.pending(lead, PageRequest.of(0, 1)).getTotalElements();
		assertThat(waiting).isEqualTo(1);
		assertThat(page(Login.as(this.mvc, leadName))).contains("id=\"ledger-to-approve\"")
			.contains(waiting + " movement(s) waiting for your approval");
		String finance = this.accounts.userWithSeededRole("FINANCE_OFFICER");
		long all = this.queries.pending(this.clients.user(finance), PageRequest.of(0, 1)).getTotalElements();
		assertThat(page(Login.as(this.mvc, finance))).contains(all + " movement(s) waiting for your approval")
			.contains("id=\"ledger-counts\"").contains("id=\"ledger-flows-currency\"")
			.contains("/ledger/properties?currency=CNY");
	}

	@Test
	void theAuditorSeesTheChainAndThe30DayRefusalsAndTheAdminTheLatestConfigurationChanges() throws Exception {
		String auditor = this.accounts.userWithSeededRole("INTERNAL_AUDITOR");
		String failures = page(Login.as(this.mvc, auditor));
		long failed = this.jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILURE' "
				+ "and occurred_at >= now() - interval '31 days'", Long.class);
		assertThat(failures).contains("id=\"audit-chain-status\"").contains("id=\"audit-failed\"")
			.contains(failed + " failed sign-ins in the last 30 days");
		String admin = this.accounts.userWithSeededRole("ADMIN");
		MockHttpSession adminSession = Login.as(this.mvc, admin);
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/complaint-settings")
			.param("acknowledgeBusinessDays", "1").param("compensationThreshold", "10000")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.session(adminSession)).andExpect(status().is3xxRedirection());
		assertThat(page(adminSession)).contains("id=\"admin-locked\"").contains("id=\"admin-changes\"")
			.contains("Complaint settings changed");
	}

	@Test
	void anRmsStartPageCostsTheSameQueriesWhateverTheBookAndShowsItsTiersAndFlows() throws Exception {
		String rmName = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		CurrentUser rm = this.clients.user(rmName);
		MockHttpSession session = Login.as(this.mvc, rmName);
		addClient(rm, rmName, 0);
		this.counter.reset();
		String first = page(session);
		long once = this.counter.statements();
		assertThat(first).contains("id=\"book-tiers\"").contains("id=\"book-flows\"");
		for (int i = 1; i <= 6; i++) {
			addClient(rm, rmName, i);
		}
		this.counter.reset();
		String later = page(session);
		assertThat(this.counter.statements()).as(String.join("\n", this.counter.sql())).isEqualTo(once);
		// Seven clients of CNY 600,000 to 606,000: all Silver, registered this month, so this month's net inflow.
		assertThat(later).contains("4,221,000");
		// The assets under custody by tier: the seven Silver clients' 4,221,000 in the Silver row, the only tier held.
		org.jsoup.nodes.Element silver = org.jsoup.Jsoup.parse(later).select("#book-tiers tbody tr").stream()
			.filter((row) -> row.selectFirst("th").text().equals("Silver")).findFirst().orElseThrow();
		assertThat(silver.select("td").eachText()).containsExactly("7", "4,221,000");
		assertThat(org.jsoup.Jsoup.parse(later).select("#book-tiers tbody tr td:eq(2)").eachText())
			.containsExactly("4,221,000");
		assertThat(this.clients.service().tierCounts(rm).get(com.custodia.clients.Tier.SILVER)).isEqualTo(7);
	}

	@Test
	void theRiskOfficerSeesC5ClientsInterviewsWaitingAndLapsedLevelsHoldingRiskierProducts() throws Exception {
		String officerName = this.accounts.userWithSeededRole("RISK_OFFICER");
		CurrentUser officer = this.clients.user(officerName);
		String rmName = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long client = this.clients.individual(rmName, "首页风险客户");
		long before = this.clients.service().bookFigures(officer).riskLevels().get(com.custodia.clients.RiskLevel.C5);
		this.jdbc.update("update clients_client set risk_level = 'C5', risk_expires_on = ? where id = ?",
				this.clients.service().today().plusMonths(6), client);
		String page = page(Login.as(this.mvc, officerName));
		assertThat(page).contains("id=\"risk-watch\"").contains((before + 1) + " client(s) at C5");
	}

	@Test
	void complianceSeesTwelveMonthsOfComplaintsByCategoryLinkingToTheList() throws Exception {
		CurrentUser cs = this.clients.user(this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		this.complaints.intake(cs, new com.custodia.complaints.Complaints.Intake(null, "首页投诉人", "13800002222",
				com.custodia.complaints.ComplaintEnums.Channel.PHONE, com.custodia.complaints.ComplaintEnums.Category.PRIVACY,
				com.custodia.complaints.ComplaintEnums.Severity.LOW, "首页测试", null, null));
		String page = page(Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER")));
		assertThat(page).contains("id=\"complaints-by-category\"").contains("/complaints?category=PRIVACY");
	}

	private void addClient(CurrentUser rm, String rmName, int i) {
		long client = this.clients.individual(rmName, "首页书客户 " + i);
		this.ledger.register(rm, client, new PropertyLedger.Registration(PropertyType.CASH, "现金", "银行", "上海",
				Currency.CNY, new BigDecimal(600_000 + i * 1_000), null, null));
	}

	private String page(MockHttpSession session) throws Exception {
		return this.mvc.perform(get("/").param("lang", "en").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
