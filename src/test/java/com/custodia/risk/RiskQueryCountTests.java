package com.custodia.risk;

import java.math.BigDecimal;
import java.util.Locale;

import com.custodia.clients.ClientFixtures;
import com.custodia.clients.RiskLevel;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.QueryCounter;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The busy risk pages cost the same number of SQL statements however many rows they show: the review queue, the
 * re-assessment list and a client's risk tab.
 */
@CustodiaIntegrationTest
class RiskQueryCountTests {

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
	Recommendations recommendations;

	@Autowired
	QueryCounter counter;

	@Test
	void theReviewQueueTheReassessmentListAndTheRiskTabDoNotGrowWithTheirRows() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		MockHttpSession rmSession = Login.as(this.mvc, rm);
		MockHttpSession compliance = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		long product = this.products.create(this.risk.user(this.accounts.userWithSeededRole("RISK_OFFICER")),
				new Product.Details("计数测试产品 " + System.nanoTime(), ProductType.EQUITY_FUND, "计数基金", ProductRisk.R5,
						new BigDecimal("1000"), false));
		long first = dueClientWithException(rm, product);

		long reviewsOne = statements(compliance, "/risk/reviews");
		long dueOne = statements(rmSession, "/risk/expiring");
		long tabOne = statements(rmSession, "/clients/" + first + "/risk");
		for (int i = 0; i < 8; i++) {
			long client = dueClientWithException(rm, product);
			if (i == 0) {
				for (int j = 0; j < 5; j++) {
					exception(rm, first, product);
				}
				this.risk.assessedDaysAgo(rm, first, RiskLevel.C2, 345);
			}
			assertThat(client).isPositive();
		}
		assertThat(statements(compliance, "/risk/reviews")).as(String.join("\n", this.counter.sql())).isEqualTo(reviewsOne);
		assertThat(statements(rmSession, "/risk/expiring")).as(String.join("\n", this.counter.sql())).isEqualTo(dueOne);
		assertThat(statements(rmSession, "/clients/" + first + "/risk")).as(String.join("\n", this.counter.sql()))
			.isEqualTo(tabOne);
	}

	/** A client of the RM due for re-assessment within 30 days, with one exception waiting for review. */
	private long dueClientWithException(String rm, long product) {
		long client = this.clients.individual(rm, "计数客户");
		this.risk.assessedDaysAgo(rm, client, RiskLevel.C2, 350);
		exception(rm, client, product);
		return client;
	}

	private void exception(String rm, long client, long product) {
		CurrentUser user = this.risk.user(rm);
		Recommendations.Check check = this.recommendations.check(user, client, product, Locale.SIMPLIFIED_CHINESE);
		this.recommendations.record(user, client, new Recommendations.Request(product, null, "客户坚持", true, "坚持购买",
				check.warningDigest()), Locale.SIMPLIFIED_CHINESE);
	}

	private long statements(MockHttpSession session, String url) throws Exception {
		this.counter.reset();
		this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
		return this.counter.statements();
	}

}
