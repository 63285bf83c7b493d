package com.custodia.risk;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientFixtures;
import com.custodia.clients.RiskLevel;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The suitability report counts a recorded exception by its reason and review, and only its readers get it. */
@CustodiaIntegrationTest
class SuitabilityReportIntegrationTests {

	@Autowired
	SuitabilityReport report;

	@Autowired
	Recommendations recommendations;

	@Autowired
	ProductCatalogue products;

	@Autowired
	RiskFixtures risk;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void anExceptionIsCountedByReasonAndReviewAndTheCsvIsAudited() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		String complianceName = this.accounts.userWithSeededRole("COMPLIANCE_OFFICER");
		CurrentUser compliance = this.clients.user(complianceName);
		LocalDate today = this.clients.service().today();
		SuitabilityReport.Figures before = this.report.of(compliance, BookFilter.NONE, today, today);
		long product = this.products.create(this.risk.user(this.accounts.userWithSeededRole("RISK_OFFICER")),
				new Product.Details("报表测试产品 " + System.nanoTime(), ProductType.EQUITY_FUND, "报表基金", ProductRisk.R5,
						new BigDecimal("1000"), false));
		long client = this.clients.individual(rm, "适当性报表客户");
		this.risk.assessedDaysAgo(rm, client, RiskLevel.C2, 10);
		CurrentUser user = this.risk.user(rm);
		Recommendations.Check check = this.recommendations.check(user, client, product, Locale.SIMPLIFIED_CHINESE);
		this.recommendations.record(user, client, new Recommendations.Request(product, null, "客户坚持", true, "坚持购买",
				check.warningDigest()), Locale.SIMPLIFIED_CHINESE);
		SuitabilityReport.Figures after = this.report.of(compliance, BookFilter.NONE, today, today);
		assertThat(after.mismatchesByVerdict().getOrDefault("RISK_TOO_HIGH", 0L))
			.isEqualTo(before.mismatchesByVerdict().getOrDefault("RISK_TOO_HIGH", 0L) + 1);
		assertThat(after.exceptionsByOutcome().getOrDefault("PENDING", 0L))
			.isEqualTo(before.exceptionsByOutcome().getOrDefault("PENDING", 0L) + 1);
		assertThat(after.clientsWithMismatch()).isEqualTo(before.clientsWithMismatch() + 1);

		// A product within the level when recommended is held above it once the level drops (a later assessment).
		long modest = this.products.create(this.risk.user(this.accounts.userWithSeededRole("RISK_OFFICER")),
				new Product.Details("报表稳健产品 " + System.nanoTime(), ProductType.BOND_FUND, "报表债基", ProductRisk.R2,
						new BigDecimal("1000"), false));
		long held = this.clients.individual(rm, "持有报表客户");
		this.risk.assessedDaysAgo(rm, held, RiskLevel.C2, 10);
		Recommendations.Check suitable = this.recommendations.check(user, held, modest, Locale.SIMPLIFIED_CHINESE);
		this.recommendations.record(user, held, new Recommendations.Request(modest, null, "适合", false, null,
				suitable.warningDigest()), Locale.SIMPLIFIED_CHINESE);
		assertThat(this.report.of(compliance, BookFilter.NONE, today, today).holdingAboveLevel())
			.isEqualTo(before.holdingAboveLevel());
		this.jdbc.update("update clients_client set risk_level = 'C1' where id = ?", held);
		assertThat(this.report.of(compliance, BookFilter.NONE, today, today).holdingAboveLevel())
			.isEqualTo(before.holdingAboveLevel() + 1);

		MockHttpSession session = Login.as(this.mvc, complianceName);
		String csv = new String(this.mvc.perform(get("/risk/report.csv").param("lang", "en").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains("The product's risk is above the client's risk level").contains("Awaiting review");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'SUITABILITY_REPORT_EXPORTED' "
				+ "and actor_username = ?", Long.class, complianceName)).isEqualTo(1);
		this.mvc.perform(get("/risk/report").session(Login.as(this.mvc, rm))).andExpect(status().isForbidden());
		assertThat(this.mvc.perform(get("/reports").param("lang", "en").session(session)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("/risk/report").contains("/complaints/report");
	}

}
