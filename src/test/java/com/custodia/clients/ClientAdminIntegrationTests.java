package com.custodia.clients;

import com.custodia.web.FieldProblem;
import java.nio.charset.StandardCharsets;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin's client settings (segment thresholds, moving a book) and the permissions on the client pages. */
@CustodiaIntegrationTest
class ClientAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachClientPageNeedsItsPermission() throws Exception {
		String officer = this.accounts.userWithSeededRole("COMPLIANCE_OFFICER");
		MockHttpSession compliance = Login.as(this.mvc, officer);
		this.mvc.perform(get("/clients/import").session(compliance)).andExpect(status().isForbidden());
		this.mvc.perform(get("/clients/export.csv").session(compliance)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/segments").session(compliance)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/books").session(compliance)).andExpect(status().isForbidden());
		MockHttpSession lead = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", this.accounts.team()));
		this.mvc.perform(get("/admin/books").session(lead)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/segments").param("highNetWorthFrom", "1").param("ultraHighNetWorthFrom", "2")
			.param("version", "0").with(csrf()).session(lead)).andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' "
				+ "and actor_username = ?", Long.class, officer)).isEqualTo(4);
	}

	@Test
	void exportingIsAuditedWithItsFilter() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		MockHttpSession session = Login.as(this.mvc, rm);
		var result = this.mvc.perform(get("/clients/export.csv").param("q", "导出审计").session(session)).andReturn();
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select detail from audit_event where action = 'CLIENT_EXPORTED' "
				+ "and actor_username = ? order by id desc limit 1", String.class, rm)).contains("q=");
	}

	@Test
	void anAdminMovesTheThresholdsAndTheFormFollowsThem() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		SegmentRuleStore.Current before = this.fixtures.segmentRules().current();
		try {
			String refused = this.mvc.perform(post("/admin/segments").param("highNetWorthFrom", "5,000,000")
				.param("ultraHighNetWorthFrom", "4000000").param("version", String.valueOf(before.version()))
				.param("lang", "en").with(csrf()).session(admin)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(refused).contains("must be above the high-net-worth one");
			this.mvc.perform(post("/admin/segments").param("highNetWorthFrom", "1,000,000")
				.param("ultraHighNetWorthFrom", "50000000").param("version", String.valueOf(before.version()))
				.with(csrf()).session(admin)).andExpect(redirectedUrl("/admin/segments"));
			assertThat(this.jdbc.queryForObject("select changes::text from audit_event where action = 'SEGMENT_RULES_UPDATED' "
					+ "order by id desc limit 1", String.class)).contains("1000000");
			ClientProfile twoMillion = withAssets(ClientFixtures.individualProfile("阈值", java.time.LocalDate.of(1980, 1, 1),
					"13812345678"), "2000000");
			assertThat(this.fixtures.service().problems(twoMillion)).extracting(FieldProblem::messageKey)
				.containsExactly("client.segment.contradicted");
			this.mvc.perform(post("/admin/segments").param("highNetWorthFrom", "2000000")
				.param("ultraHighNetWorthFrom", "60000000").param("version", String.valueOf(before.version()))
				.with(csrf()).session(admin)).andExpect(status().isConflict());
		}
		finally {
			this.jdbc.update("update clients_segment_rule set high_net_worth_from = ?, ultra_high_net_worth_from = ?",
					before.rules().highNetWorthFrom(), before.rules().ultraHighNetWorthFrom());
		}
	}

	@Test
	void anAdminMovesADepartingRmsBookWithoutSeeingAClient() throws Exception {
		long team = this.accounts.team();
		String leaving = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
		String taking = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
		long first = this.fixtures.individual(leaving, "离职交接一");
		long second = this.fixtures.individual(leaving, "离职交接二");
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		String page = this.mvc.perform(get("/admin/books").session(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("离职交接");
		this.mvc.perform(post("/admin/books").param("fromOwnerId", String.valueOf(this.accounts.idOf(leaving)))
			.param("toOwnerId", String.valueOf(this.accounts.idOf(taking))).param("reason", "客户经理离职")
			.with(csrf()).session(admin)).andExpect(redirectedUrl("/admin/books"));
		assertThat(this.jdbc.queryForList("select owner_id from clients_client where id in (?, ?)", Long.class, first, second))
			.containsOnly(this.accounts.idOf(taking));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_REASSIGNED' "
				+ "and client_id in (?, ?) and detail = '客户经理离职'", Long.class, first, second)).isEqualTo(2);
	}

	private static ClientProfile withAssets(ClientProfile p, String assets) {
		return new ClientProfile(p.kind(), p.name(), p.gender(), p.birthDate(), p.occupation(), p.mobilePhone(),
				p.email(), p.address(), p.idType(), p.idNumber(), p.incomeBand(), new java.math.BigDecimal(assets),
				p.yearsOfExperience(), null, null, null, null, null, null, p.segment(), false, null);
	}

}
