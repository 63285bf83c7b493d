package com.custodia.risk;

import java.nio.charset.StandardCharsets;

import com.custodia.clients.ClientFixtures;
import com.custodia.clients.RiskLevel;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recommendations against the matching rule: suitable ones go through, a mismatch is blocked until the client's
 * insistence is recorded, and then compliance approves or rejects it; some cases allow no exception at all.
 */
@CustodiaIntegrationTest
class RecommendationIntegrationTests {

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

	String rm;

	MockHttpSession session;

	long client;

	@BeforeEach
	void aC3Client() throws Exception {
		this.rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		this.session = Login.as(this.mvc, this.rm);
		this.client = this.clients.individual(this.rm, "推荐测试");
		this.risk.assessedDaysAgo(this.rm, this.client, RiskLevel.C3, 10);
	}

	@Test
	void aSuitableProductIsRecordedWithoutReview() throws Exception {
		long product = product(ProductRisk.R3, false);
		this.mvc.perform(post(path()).param("productId", String.valueOf(product)).param("amount", "50,000")
			.with(csrf()).session(this.session)).andExpect(redirectedUrl("/clients/" + this.client + "/risk"));
		assertThat(this.jdbc.queryForObject("select review_status from risk_recommendation where client_id = ?", String.class,
				this.client)).isEqualTo("NOT_REQUIRED");
		assertThat(audits("PRODUCT_RECOMMENDED")).isEqualTo(1);
	}

	@Test
	void aMismatchIsBlockedUntilTheClientInsistsThenComplianceApprovesIt() throws Exception {
		long product = product(ProductRisk.R4, false);
		String blocked = page(post(path()).param("productId", String.valueOf(product)).param("lang", "en"));
		assertThat(blocked).contains("above the client").contains("Risk warning").contains("Show the client the warning");
		assertThat(recommendations()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'SUITABILITY_BLOCKED' "
				+ "and client_id = ? and outcome = 'DENIED'", Long.class, this.client)).isEqualTo(1);

		String incomplete = page(post(path()).param("productId", String.valueOf(product)).param("clientInsists", "true")
			.param("warningSeen", warningSeen(blocked)).param("lang", "en"));
		assertThat(incomplete).contains("Please fill this in");
		assertThat(recommendations()).isZero();

		this.mvc.perform(post(path()).param("productId", String.valueOf(product)).param("clientInsists", "true")
			.param("warningSeen", warningSeen(blocked)).param("clientStatement", "本人已阅读风险警示，坚持购买")
			.param("rmNote", "客户有十年股票投资经验").param("lang", "en").with(csrf()).session(this.session))
			.andExpect(redirectedUrl("/clients/" + this.client + "/risk"));
		long id = this.jdbc.queryForObject("select id from risk_recommendation where client_id = ?", Long.class, this.client);
		assertThat(this.jdbc.queryForObject("select review_status from risk_recommendation where id = ?", String.class, id))
			.isEqualTo("PENDING");
		assertThat(this.jdbc.queryForObject("select warning_text from risk_recommendation where id = ?", String.class, id))
			.contains("R4").contains("C3");
		assertThat(audits("SUITABILITY_EXCEPTION_RECORDED")).isEqualTo(1);

		MockHttpSession compliance = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		String queue = this.mvc.perform(get("/risk/reviews").session(compliance)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(queue).contains("推荐测试").contains("/risk/reviews/" + id);
		long version = this.jdbc.queryForObject("select version from risk_recommendation where id = ?", Long.class, id);
		String noComment = this.mvc.perform(post("/risk/reviews/" + id).param("version", String.valueOf(version))
			.param("decision", "approve").param("comment", " ").param("lang", "en").with(csrf()).session(compliance))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(noComment).contains("Please fill this in");
		this.mvc.perform(post("/risk/reviews/" + id).param("version", String.valueOf(version)).param("decision", "approve")
			.param("comment", "客户经验充分，警示已签字").with(csrf()).session(compliance))
			.andExpect(redirectedUrl("/risk/reviews"));
		assertThat(this.jdbc.queryForObject("select review_status from risk_recommendation where id = ?", String.class, id))
			.isEqualTo("APPROVED");
		assertThat(audits("SUITABILITY_EXCEPTION_APPROVED")).isEqualTo(1);
		this.mvc.perform(post("/risk/reviews/" + id).param("version", String.valueOf(version)).param("decision", "reject")
			.param("comment", "第二位复核人晚到").with(csrf())
			.session(Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"))))
			.andExpect(status().isConflict());
		assertThatThrownBy(() -> this.jdbc.update("update risk_recommendation set review_status = 'REJECTED' where id = ?", id))
			.hasMessageContaining("cannot be changed");
		this.mvc.perform(get("/risk/reviews").session(this.session)).andExpect(status().isForbidden());
	}

	@Test
	void insistenceCountsOnlyForTheWarningTheClientWasShown() throws Exception {
		long r4 = product(ProductRisk.R4, false);
		long r5 = product(ProductRisk.R5, false);
		String unseen = page(post(path()).param("productId", String.valueOf(r5)).param("clientInsists", "true")
			.param("clientStatement", "坚持购买").param("rmNote", "客户坚持").param("lang", "en"));
		assertThat(unseen).contains("Show the client the warning below first");
		String shownForR4 = warningSeen(page(post(path()).param("productId", String.valueOf(r4))));
		String switched = page(post(path()).param("productId", String.valueOf(r5)).param("clientInsists", "true")
			.param("warningSeen", shownForR4).param("clientStatement", "坚持购买").param("rmNote", "客户坚持").param("lang", "en"));
		assertThat(switched).contains("Show the client the warning below first").contains(this.products.get(r5).name());
		assertThat(recommendations()).isZero();
	}

	@Test
	void aRejectedExceptionStaysOnRecordWithItsComment() throws Exception {
		long product = product(ProductRisk.R5, false);
		this.mvc.perform(post(path()).param("productId", String.valueOf(product)).param("clientInsists", "true")
			.param("warningSeen", warningSeen(page(post(path()).param("productId", String.valueOf(product)))))
			.param("clientStatement", "坚持购买").param("rmNote", "客户坚持").with(csrf()).session(this.session))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from risk_recommendation where client_id = ?", Long.class, this.client);
		MockHttpSession compliance = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		this.mvc.perform(post("/risk/reviews/" + id).param("version", "0").param("decision", "reject")
			.param("comment", "R5 私募不适合 C3 客户").with(csrf()).session(compliance)).andExpect(redirectedUrl("/risk/reviews"));
		String tab = page(get("/clients/" + this.client + "/risk").param("lang", "en"));
		assertThat(tab).contains("Rejected");
		assertThat(this.jdbc.queryForObject("select review_comment from risk_recommendation where id = ?", String.class, id))
			.isEqualTo("R5 私募不适合 C3 客户");
		assertThat(tab).contains("R5 私募不适合 C3 客户");
		assertThat(audits("SUITABILITY_EXCEPTION_REJECTED")).isEqualTo(1);
	}

	@Test
	void aNeverAssessedClientOrAProfessionalsOnlyProductAllowsNoException() throws Exception {
		long professionalOnly = product(ProductRisk.R2, true);
		String refused = page(post(path()).param("productId", String.valueOf(professionalOnly)).param("clientInsists", "true")
			.param("clientStatement", "坚持").param("rmNote", "备注").param("lang", "en"));
		assertThat(refused).contains("for professional investors only; it cannot be offered");

		long fresh = this.clients.individual(this.rm, "从未测评");
		String never = page(post("/clients/" + fresh + "/recommendations/new").param("productId", String.valueOf(product(ProductRisk.R1, false)))
			.param("clientInsists", "true").param("clientStatement", "坚持").param("rmNote", "备注").param("lang", "en"));
		assertThat(never).contains("has never been assessed");
		assertThat(this.jdbc.queryForObject("select count(*) from risk_recommendation where client_id in (?, ?)", Long.class,
				this.client, fresh)).isZero();
	}

	@Test
	void anExpiredAssessmentNeedsTheClientsInsistenceToo() throws Exception {
		long expired = this.clients.individual(this.rm, "测评过期");
		this.risk.assessedDaysAgo(this.rm, expired, RiskLevel.C4, 380);
		long r1 = product(ProductRisk.R1, false);
		String blocked = page(post("/clients/" + expired + "/recommendations/new")
			.param("productId", String.valueOf(r1)).param("lang", "en"));
		assertThat(blocked).contains("expired on");
		this.mvc.perform(post("/clients/" + expired + "/recommendations/new")
			.param("productId", String.valueOf(r1)).param("clientInsists", "true").param("warningSeen", warningSeen(blocked))
			.param("lang", "en")
			.param("clientStatement", "知悉测评已过期").param("rmNote", "下周重新测评").with(csrf()).session(this.session))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select verdict from risk_recommendation where client_id = ?", String.class, expired))
			.isEqualTo("NO_VALID_ASSESSMENT");
	}

	private long product(ProductRisk rating, boolean professionalOnly) {
		String name = "测试产品 " + rating + " " + System.nanoTime();
		return this.products.create(this.risk.user(this.accounts.userWithSeededRole("RISK_OFFICER")),
				new Product.Details(name, ProductType.EQUITY_FUND, "测试基金管理有限公司", rating, new java.math.BigDecimal("1000"),
						professionalOnly));
	}

	/** The fingerprint of the warning a page showed, as its form sends it back. */
	static String warningSeen(String html) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"warningSeen\" value=\"([0-9a-f]+)\"")
			.matcher(html);
		assertThat(matcher.find()).as("the page shows a warning").isTrue();
		return matcher.group(1);
	}

	private String path() {
		return "/clients/" + this.client + "/recommendations/new";
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).session(this.session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long recommendations() {
		return this.jdbc.queryForObject("select count(*) from risk_recommendation where client_id = ?", Long.class, this.client);
	}

	private long audits(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and client_id = ?", Long.class,
				action, this.client);
	}

}
