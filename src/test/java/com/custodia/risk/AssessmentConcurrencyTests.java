package com.custodia.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.custodia.clients.ClientFixtures;
import com.custodia.clients.ClientKind;
import com.custodia.clients.RiskLevel;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assessments confirmed at the same moment for one client: whichever commits last, the level stored on the client is
 * the latest effective assessment's, never an older one.
 */
@CustodiaIntegrationTest
class AssessmentConcurrencyTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	RiskFixtures risk;

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theClientsLevelIsAlwaysTheLatestEffectiveAssessments() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		CurrentUser user = this.risk.user(rm);
		Questionnaire questionnaire = this.risk.inForce(ClientKind.INDIVIDUAL);
		RiskLevel[] levels = { RiskLevel.C1, RiskLevel.C2, RiskLevel.C3, RiskLevel.C4 };
		for (int round = 0; round < 5; round++) {
			long client = this.clients.individual(rm, "并发测评" + round);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(levels.length);
			try {
				List<Future<Long>> results = new ArrayList<>();
				for (RiskLevel level : levels) {
					Map<String, Set<String>> answers = RiskFixtures.answersFor(questionnaire, level);
					results.add(pool.submit(() -> {
						start.await();
						return this.assessments.confirm(user, client, questionnaire.id(), answers);
					}));
				}
				start.countDown();
				for (Future<Long> result : results) {
					result.get();
				}
			}
			finally {
				pool.shutdown();
			}
			String latest = this.jdbc.queryForObject("select result_level from risk_assessment where client_id = ? "
					+ "and status = 'EFFECTIVE' order by id desc limit 1", String.class, client);
			assertThat(this.jdbc.queryForObject("select risk_level from clients_client where id = ?", String.class, client))
				.as("round " + round).isEqualTo(latest);
			assertThat(this.jdbc.queryForObject("select count(*) from risk_assessment where client_id = ?", Long.class, client))
				.isEqualTo(levels.length);
		}
	}

}
