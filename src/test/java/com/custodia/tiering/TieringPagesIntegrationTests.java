package com.custodia.tiering;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.custodia.clients.ClientFixtures;
import com.custodia.ledger.Currency;
import com.custodia.ledger.PropertyLedger;
import com.custodia.ledger.PropertyType;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tiering pages: the tier tab and its override form, the rules page's checks, the lists, and who may see what. */
@CustodiaIntegrationTest
class TieringPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	PropertyLedger ledger;

	@Autowired
	TierRules rules;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTierTabShowsTheTierWhyAndTheOverrideWaitingForTheLead() throws Exception {
		long team = this.accounts.team();
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
		long client = this.clients.individual(rm, "等级页面测试");
		CurrentUser owner = this.clients.user(rm);
		this.ledger.register(owner, client, new PropertyLedger.Registration(PropertyType.DEPOSIT, "定期存款", "银行", "上海",
				Currency.CNY, new BigDecimal("700000.00"), null, null));
		MockHttpSession rmSession = Login.as(this.mvc, rm);
		String tab = page(get("/clients/" + client + "/tier").param("lang", "en"), rmSession);
		assertThat(tab).contains("id=\"archive-tier\"").contains("Silver").contains("CNY 700,000.00")
			.contains("The rules (version").contains("every 3 months");
		assertThat(page(get("/clients").param("tier", "SILVER").param("q", "等级页面测试"), rmSession)).contains("等级页面测试");
		assertThat(page(get("/clients").param("tier", "GOLD").param("q", "等级页面测试"), rmSession))
			.doesNotContain("等级页面测试</a>");

		String refused = page(post("/clients/" + client + "/tier/overrides").param("tier", "GOLD").param("reason", " ")
			.param("endsOn", "2000-01-01").param("lang", "en"), rmSession);
		assertThat(refused).contains("id=\"reason-errors\"").contains("id=\"endsOn-errors\"");
		this.mvc.perform(post("/clients/" + client + "/tier/overrides").param("tier", "GOLD").param("reason", "资产即将转入")
			.param("endsOn", this.clients.service().today().plusMonths(3).toString()).with(csrf()).session(rmSession))
			.andExpect(status().is3xxRedirection());
		MockHttpSession leadSession = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team));
		assertThat(page(get("/tiering/overrides"), leadSession)).contains("等级页面测试").contains("资产即将转入");
		long override = this.jdbc.queryForObject("select id from tiering_override where client_id = ?", Long.class, client);
		String noComment = page(post("/clients/" + client + "/tier/overrides/" + override).param("decision", "reject")
			.param("lang", "en"), leadSession);
		assertThat(noComment).contains("id=\"decision-error\"");
		this.mvc.perform(post("/clients/" + client + "/tier/overrides/" + override).param("decision", "approve")
			.param("comment", "同意").with(csrf()).session(leadSession)).andExpect(status().is3xxRedirection());
		assertThat(page(get("/clients/" + client + "/tier").param("lang", "en"), rmSession)).contains("Override in force")
			.contains("Manual override approved");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action in "
				+ "('TIER_OVERRIDE_PROPOSED', 'TIER_OVERRIDE_APPROVED')", Long.class, client)).isEqualTo(2);
	}

	@Test
	void eachPageNeedsItsPermissionAndAnotherRmsClientIsNotFound() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long client = this.clients.individual(rm, "等级权限测试");
		MockHttpSession other = Login.as(this.mvc,
				this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		expect(404, get("/clients/" + client + "/tier"), other);
		expect(404, post("/clients/" + client + "/tier/overrides").param("tier", "GOLD").param("reason", "x")
			.param("endsOn", "2099-01-01"), other);
		MockHttpSession cs = Login.as(this.mvc, this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		expect(403, get("/clients/" + client + "/tier"), cs);
		expect(403, get("/tiering/service-due"), cs);
		MockHttpSession rmSession = Login.as(this.mvc, rm);
		expect(403, get("/admin/tier-rules"), rmSession);
		expect(403, get("/tiering/overrides"), rmSession);
		expect(200, get("/tiering/service-due"), rmSession);
		assertThat(page(get("/").param("lang", "en"), rmSession)).contains("id=\"service-overdue-count\"");
	}

	@Test
	void theRulesPageRefusesRulesThatDoNotRiseAndSavesNothing() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		TierRuleSet before = this.rules.current();
		String form = page(get("/admin/tier-rules").param("lang", "en"), admin);
		assertThat(form).contains("id=\"GOLD-minAssets\"").contains("6000000.00");
		MockHttpServletRequestBuilder save = post("/admin/tier-rules").param("lang", "en").param("graceDays", "90")
			.param("reason", "测试");
		for (com.custodia.clients.Tier tier : com.custodia.clients.Tier.values()) {
			TierRule rule = before.rule(tier);
			save.param("rules[" + tier.name() + "].minAssets", (tier == com.custodia.clients.Tier.GOLD) ? "400,000"
					: rule.minAssets().toPlainString())
				.param("rules[" + tier.name() + "].contactMonths", String.valueOf(rule.contactMonths()));
		}
		String refused = page(save, admin);
		assertThat(refused).contains("Each tier starts above the one below it").contains("Nothing was saved")
			.contains("value=\"400000\"");
		assertThat(this.rules.current().versionId()).isEqualTo(before.versionId());
	}

	@Test
	void newMonthsSavedWhileClientsAreBeingChangedAreRefusedWithWhatToDoAndTheFormKept() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		TierRuleSet before = this.rules.current();
		MockHttpServletRequestBuilder save = post("/admin/tier-rules").param("lang", "en")
			.param("graceDays", String.valueOf(before.graceDays())).param("reason", "白银改为两月一次");
		for (com.custodia.clients.Tier tier : com.custodia.clients.Tier.values()) {
			TierRule rule = before.rule(tier);
			save.param("rules[" + tier.name() + "].minAssets", rule.minAssets().toPlainString())
				.param("rules[" + tier.name() + "].contactMonths",
						(tier == com.custodia.clients.Tier.SILVER) ? "2" : String.valueOf(rule.contactMonths()));
			if (rule.faceToFaceMonths() != null) {
				save.param("rules[" + tier.name() + "].faceToFaceMonths", String.valueOf(rule.faceToFaceMonths()));
			}
		}
		long client = this.clients.individual(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER",
				this.accounts.team()), "批量变更中客户");
		String refused = this.clients.whileRowHeld(client, () -> page(save, admin));
		assertThat(refused).contains("Clients are being changed in bulk right now")
			.contains("Nothing was saved: save again in a few minutes").contains("白银改为两月一次")
			.as("no field is marked, so the page does not point to one").doesNotContain("see the fields marked below");
		assertThat(this.rules.current().versionId()).isEqualTo(before.versionId());
	}

	private void expect(int status, MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		this.mvc.perform(request.with(csrf()).session(session)).andExpect(status().is(status));
	}

	private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return this.mvc.perform(request.with(csrf()).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
