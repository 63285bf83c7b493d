package com.custodia.risk;

import java.nio.charset.StandardCharsets;

import com.custodia.clients.ClientFixtures;
import com.custodia.clients.ClientKind;
import com.custodia.clients.RiskLevel;
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

/**
 * What guards the risk pages besides their rules: a permission on every action (POSTs too), the data scope on every
 * action, a clear 409 for stale forms, nothing a crafted request can turn into a 500, and an audit event for every
 * change made through them.
 */
@CustodiaIntegrationTest
class RiskGuardsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	RiskFixtures risk;

	@Autowired
	ProductCatalogue products;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyRiskActionNeedsItsPermission() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long client = this.clients.individual(rm, "权限测试");
		long assessment = this.risk.assessedDaysAgo(rm, client, RiskLevel.C3, 1);
		MockHttpSession rmSession = Login.as(this.mvc, rm);
		MockHttpSession compliance = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		long product = this.products.list(false).get(0).id();

		expect(403, post("/risk/products/new").param("name", "越权产品"), rmSession);
		expect(403, post("/risk/products/" + product + "/withdrawn").param("version", "0").param("withdrawn", "true"),
				rmSession);
		expect(403, post("/risk/settings").param("version", "0"), rmSession);
		expect(403, post("/risk/questionnaires/drafts").param("kind", "INDIVIDUAL"), rmSession);
		long draft = this.risk.draftOf(ClientKind.INSTITUTION);
		expect(403, post("/risk/questionnaires/" + draft + "/edit").param("action", "publish").param("version", "0"),
				rmSession);
		expect(403, post("/risk/questionnaires/" + draft + "/discard"), rmSession);
		expect(403, post("/risk/products/" + product + "/edit").param("name", "越权").param("version", "0"), rmSession);
		assertThat(this.jdbc.queryForObject("select status from risk_questionnaire where id = ?", String.class, draft))
			.isEqualTo("DRAFT");
		expect(403, post("/risk/reviews/1").param("version", "0").param("decision", "approve"), rmSession);
		expect(403, post("/risk/assessments/" + assessment + "/interview").param("heldOn", "2026-01-01"), compliance);
		expect(403, post("/clients/" + client + "/recommendations/new").param("productId", String.valueOf(product)),
				compliance);
		expect(403, post("/clients/" + client + "/assessments/new").param("questionnaireId", "1"), compliance);
	}

	@Test
	void anotherRmsClientIsNotFoundForAnyRiskAction() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long client = this.clients.individual(rm, "范围测试");
		long assessment = this.risk.assessedDaysAgo(rm, client, RiskLevel.C3, 1);
		MockHttpSession other = Login.as(this.mvc,
				this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		long product = this.products.list(false).get(0).id();
		expect(404, post("/risk/assessments/" + assessment + "/interview").param("heldOn", "2026-01-01")
			.param("interviewer", "x").param("notes", "y"), other);
		expect(404, post("/clients/" + client + "/recommendations/new").param("productId", String.valueOf(product)), other);
		expect(404, get("/risk/assessments/999999999"), other);
		expect(404, get("/risk/assessments/abc"), other);
		assertThat(this.jdbc.queryForObject("select count(*) from risk_recommendation where client_id = ?", Long.class, client))
			.isZero();
	}

	@Test
	void staleFormsAnswerConflictAndChangeNothing() throws Exception {
		MockHttpSession officer = Login.as(this.mvc, this.accounts.userWithSeededRole("RISK_OFFICER"));
		long product = this.products.create(this.risk.user(this.accounts.userWithSeededRole("RISK_OFFICER")),
				new Product.Details("并发测试产品 " + System.nanoTime(), ProductType.BOND_FUND, "测试基金", ProductRisk.R2,
						new java.math.BigDecimal("1000"), false));
		Product stored = this.products.get(product);
		this.mvc.perform(post("/risk/products/" + product + "/edit").param("name", stored.name()).param("type", "BOND_FUND")
			.param("issuer", "改名基金").param("rating", "R3").param("minimumInvestment", "1000").param("version", "0")
			.with(csrf()).session(officer)).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/risk/products/" + product + "/edit").param("name", stored.name()).param("type", "BOND_FUND")
			.param("issuer", "又改名基金").param("rating", "R5").param("minimumInvestment", "1000").param("version", "0")
			.with(csrf()).session(officer)).andExpect(status().isConflict());
		expect(409, post("/risk/products/" + product + "/withdrawn").param("version", "0").param("withdrawn", "true"), officer);
		assertThat(this.products.get(product).rating()).isEqualTo(ProductRisk.R3);
		assertThat(this.products.get(product).withdrawn()).isFalse();
		long settingsVersion = this.jdbc.queryForObject("select version from risk_setting", Long.class);
		expect(409, settings(post("/risk/settings").param("version", String.valueOf(settingsVersion + 7))), officer);
	}

	@Test
	void craftedRequestsGetAnAnswerNotAnError() throws Exception {
		MockHttpSession officer = Login.as(this.mvc, this.accounts.userWithSeededRole("RISK_OFFICER"));
		this.risk.inForce(ClientKind.INSTITUTION);
		long draft = this.risk.draftOf(ClientKind.INSTITUTION);
		long version = this.jdbc.queryForObject("select version from risk_questionnaire where id = ?", Long.class, draft);
		for (String action : new String[] { "removeQuestion-x", "removeQuestion", "removeOption-0", "up-99999",
				"removeOption-0-77" }) {
			this.mvc.perform(post("/risk/questionnaires/" + draft + "/edit").param("action", action)
				.param("version", String.valueOf(version)).with(csrf()).session(officer))
				.andExpect(status().is3xxRedirection());
			version = this.jdbc.queryForObject("select version from risk_questionnaire where id = ?", Long.class, draft);
		}
		this.mvc.perform(post("/risk/questionnaires/" + draft + "/edit").param("ageCapLevel", "C9")
			.param("version", String.valueOf(version)).with(csrf()).session(officer))
			.andExpect(status().isOk());
		for (String field : new String[] { "questions[300].textEn", "bands[x]", "questions[x]", "questions[0].options[x]" }) {
			this.mvc.perform(post("/risk/questionnaires/" + draft + "/edit").param(field, "1")
				.param("version", String.valueOf(version)).with(csrf()).session(officer))
				.andExpect(status().isBadRequest());
		}
		// A stale form is refused as stale even when its content has problems too, and the draft keeps its version.
		this.mvc.perform(post("/risk/questionnaires/" + draft + "/edit").param("ageCapFrom", "5")
			.param("version", String.valueOf(version - 1)).with(csrf()).session(officer))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select version from risk_questionnaire where id = ?", Long.class, draft))
			.isEqualTo(version);
		this.mvc.perform(post("/risk/questionnaires/" + draft + "/discard").with(csrf()).session(officer))
			.andExpect(status().is3xxRedirection());

		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long client = this.clients.individual(rm, "异常输入");
		this.risk.assessedDaysAgo(rm, client, RiskLevel.C3, 1);
		long product = this.products.list(false).stream().filter((p) -> p.rating() == ProductRisk.R1).findFirst().orElseThrow()
			.id();
		String page = this.mvc.perform(post("/clients/" + client + "/recommendations/new").param("productId", String.valueOf(product))
			.param("amount", "99999999999999999999").param("lang", "en").with(csrf()).session(Login.as(this.mvc, rm)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Enter an amount above 0");
		MockHttpSession compliance = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		expect(400, post("/risk/reviews/1").param("version", "0").param("decision", "maybe"), compliance);
	}

	@Test
	void everyChangeOnTheRiskPagesIsAudited() throws Exception {
		String officerName = this.accounts.userWithSeededRole("RISK_OFFICER");
		MockHttpSession officer = Login.as(this.mvc, officerName);
		String name = "审计测试产品 " + System.nanoTime();
		expect(302, post("/risk/products/new").param("name", name).param("type", "BOND_FUND").param("issuer", "审计基金")
			.param("rating", "R2").param("minimumInvestment", "1,000"), officer);
		long product = this.jdbc.queryForObject("select id from risk_product where name = ?", Long.class, name);
		expect(302, post("/risk/products/" + product + "/edit").param("name", name).param("type", "BOND_FUND")
			.param("issuer", "审计基金").param("rating", "R3").param("minimumInvestment", "1000").param("version", "0"), officer);
		expect(302, post("/risk/products/" + product + "/withdrawn").param("version", "1").param("withdrawn", "true"), officer);
		expect(302, post("/risk/products/" + product + "/withdrawn").param("version", "2").param("withdrawn", "false"), officer);
		long settingsVersion = this.jdbc.queryForObject("select version from risk_setting", Long.class);
		expect(302, settings(post("/risk/settings").param("version", String.valueOf(settingsVersion))), officer);
		this.risk.inForce(ClientKind.INSTITUTION);
		long draft = this.risk.draftOf(ClientKind.INSTITUTION);
		long version = this.jdbc.queryForObject("select version from risk_questionnaire where id = ?", Long.class, draft);
		expect(302, post("/risk/questionnaires/" + draft + "/edit").param("action", "addQuestion")
			.param("version", String.valueOf(version)), officer);
		expect(302, post("/risk/questionnaires/" + draft + "/discard"), officer);

		for (String action : new String[] { "PRODUCT_CREATED", "PRODUCT_UPDATED", "PRODUCT_WITHDRAWN", "PRODUCT_REINSTATED" }) {
			assertThat(audits(action, "PRODUCT", product)).as(action).isEqualTo(1);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'PRODUCT_UPDATED' "
				+ "and target_id = ? and changes::text like '%R3%'", Long.class, String.valueOf(product))).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'RISK_SETTINGS_CHANGED' "
				+ "and actor_username = ?", Long.class, officerName)).isEqualTo(1);
		for (String action : new String[] { "QUESTIONNAIRE_DRAFT_STARTED", "QUESTIONNAIRE_DRAFT_SAVED",
				"QUESTIONNAIRE_DRAFT_DISCARDED" }) {
			assertThat(audits(action, "QUESTIONNAIRE", draft)).as(action).isEqualTo(1);
		}
	}

	/** The settings form as the page posts it, every level's row adding up to 100. */
	private static MockHttpServletRequestBuilder settings(MockHttpServletRequestBuilder request) {
		request.param("validityMonths", "12");
		for (RiskLevel level : RiskLevel.values()) {
			request.param(level + ".CASH", "20").param(level + ".FIXED_INCOME", "20").param(level + ".BALANCED", "20")
				.param(level + ".EQUITY", "20").param(level + ".ALTERNATIVE", "20");
		}
		return request;
	}

	private void expect(int status, MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		this.mvc.perform(request.with(csrf()).session(session)).andExpect(status().is(status));
	}

	private long audits(String action, String targetType, long targetId) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and target_type = ? and target_id = ?",
				Long.class, action, targetType, String.valueOf(targetId));
	}

}
