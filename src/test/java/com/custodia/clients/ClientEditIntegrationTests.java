package com.custodia.clients;

import java.nio.charset.StandardCharsets;

import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Onboarding and editing through the forms: messages next to fields, nothing lost, no silent overwrite, a trail. */
@CustodiaIntegrationTest
class ClientEditIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	String rm;

	MockHttpSession session;

	@BeforeEach
	void signIn() throws Exception {
		this.rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		this.session = Login.as(this.mvc, this.rm);
	}

	@Test
	void aWrongCheckDigitIsShownNextToTheIdNumberInEnglishAndWhatWasTypedIsKept() throws Exception {
		String valid = ClientFixtures.residentId(java.time.LocalDate.of(1988, 2, 3), Gender.MALE);
		String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
		String html = body(individual("周一鸣", "1988-02-03", wrong).param("lang", "en"));
		assertThat(html).contains("This ID number fails its check digit").contains("value=\"" + wrong + "\"")
			.contains("value=\"周一鸣\"").contains("id=\"idNumber-errors\"");
		this.mvc.perform(individual("周一鸣", "1988-02-03", valid)).andExpect(redirectedUrlPattern("/clients/*"));
	}

	@Test
	void theBirthDateMustMatchTheIdNumberAndAssetsMustNotContradictTheSegment() throws Exception {
		String id = ClientFixtures.residentId(java.time.LocalDate.of(1990, 7, 1), Gender.MALE);
		String html = body(individual("错配", "1990-07-02", id).param("financialAssets", "8,000,000").param("lang", "en"));
		assertThat(html).contains("The birth date in this ID number differs from the birth date entered")
			.contains("put this client in the segment &quot;High net worth&quot;").contains("value=\"8000000\"");
	}

	@Test
	void nonsenseGetsAMessageNeverAnError() throws Exception {
		String id = ClientFixtures.residentId(java.time.LocalDate.of(1970, 1, 1), Gender.MALE);
		String html = body(individual("x".repeat(5000), "2999-01-01", id).param("financialAssets", "-5")
			.param("email", "<script>alert(1)</script>").param("mobilePhone", "😀' or 1=1 --")
			.param("yearsOfExperience", "lots").param("lang", "en"));
		assertThat(html).contains("Use at most 100 characters").contains("The birth date cannot be in the future")
			.contains("Enter an email address").contains("Enter an 11-digit mainland mobile number")
			.contains("Enter a whole number")
			.doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
		assertThat(body(post("/clients/new").with(csrf()).param("kind", "INDIVIDUAL").param("name", "机器人")
			.param("gender", "ROBOT").param("birthDate", "1970-13-45").param("lang", "en")))
			.contains("This value is not valid here").contains("Enter a date as year-month-day");
		assertThat(body(individual("负数", "1970-01-01", id).param("financialAssets", "-5").param("lang", "en")))
			.contains("An amount cannot be negative");
		assertThat(body(individual("小数", "1970-01-01", id).param("financialAssets", "10.123").param("lang", "en")))
			.contains("Use at most two decimal places");
	}

	@Test
	void theSecondOfTwoConcurrentEditsGetsTheConflictPageAndOverwritesNothing() throws Exception {
		long id = this.fixtures.individual(this.rm, "并发测试");
		long version = this.fixtures.version(id);
		this.mvc.perform(edit(id, version, "第一次修改")).andExpect(redirectedUrl("/clients/" + id));
		String conflict = this.mvc.perform(edit(id, version, "第二次修改").param("lang", "en"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(conflict).contains("changed");
		assertThat(this.jdbc.queryForObject("select name from clients_client where id = ?", String.class, id))
			.isEqualTo("第一次修改");
	}

	@Test
	void anEditIsAuditedFieldByFieldWithSensitiveValuesMaskedAndTheIdNumberKeptWhenLeftEmpty() throws Exception {
		long id = this.fixtures.individual(this.rm, "审计测试");
		String idNumber = this.fixtures.idNumber(id);
		this.mvc.perform(edit(id, this.fixtures.version(id), "审计测试二", "13500001234"))
			.andExpect(redirectedUrl("/clients/" + id));
		assertThat(this.fixtures.idNumber(id)).isEqualTo(idNumber);
		String changes = this.jdbc.queryForObject("select changes::text from audit_event where action = 'CLIENT_UPDATED' "
				+ "and client_id = ? order by id desc limit 1", String.class, id);
		assertThat(changes).contains("审计测试二").contains("mobilePhone").doesNotContain("13500001234")
			.doesNotContain(idNumber);
		assertThat(body(get("/clients/" + id + "/history").param("lang", "en"))).contains("Client profile changed")
			.contains("审计测试二").contains("Mobile phone");
	}

	@Test
	void theLifecycleMovesOneStepAtATimeAndEachStepIsAudited() throws Exception {
		long id = this.fixtures.individual(this.rm, "状态测试");
		this.mvc.perform(post("/clients/" + id + "/status").param("version", String.valueOf(this.fixtures.version(id)))
			.param("status", "DORMANT").with(csrf()).session(this.session)).andExpect(redirectedUrl("/clients/" + id));
		this.mvc.perform(post("/clients/" + id + "/status").param("version", String.valueOf(this.fixtures.version(id)))
			.param("status", "LEAD").with(csrf()).session(this.session)).andExpect(redirectedUrl("/clients/" + id));
		assertThat(this.jdbc.queryForObject("select status from clients_client where id = ?", String.class, id)).isEqualTo("DORMANT");
		assertThat(this.jdbc.queryForObject("select changes::text from audit_event where action = 'CLIENT_STATUS_CHANGED' "
				+ "and client_id = ?", String.class, id)).contains("ACTIVE").contains("DORMANT");
		this.mvc.perform(post("/clients/" + id + "/status").param("version", "0").param("status", "ACTIVE").with(csrf())
			.session(this.session)).andExpect(redirectedUrl("/clients/" + id));
		assertThat(this.jdbc.queryForObject("select status from clients_client where id = ?", String.class, id)).isEqualTo("DORMANT");
	}

	@Test
	void whatAUserCanTypeIntoAUrlNeverGivesAServerError() throws Exception {
		this.fixtures.individual(this.rm, "网址测试");
		for (String url : java.util.List.of("/clients?sort=,", "/clients?sort=", "/clients?page=200000000",
				"/clients?page=-5&owner=abc&segment=NOPE&kind=%00", "/clients?q=%00%27%3B--%F0%9F%98%80")) {
			this.mvc.perform(get(url).session(this.session)).andExpect(status().isOk());
		}
		String created = this.mvc.perform(individual("零\u0000字节", "1970-01-01",
				ClientFixtures.residentId(java.time.LocalDate.of(1970, 1, 1), Gender.MALE)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(body(get(created))).contains("零字节");
	}

	@Test
	void closingNeedsAReasonAndLeavesAReadOnlyArchive() throws Exception {
		long id = this.fixtures.individual(this.rm, "销户测试");
		this.mvc.perform(post("/clients/" + id + "/close").param("version", String.valueOf(this.fixtures.version(id)))
			.param("reason", " ").with(csrf()).session(this.session)).andExpect(redirectedUrl("/clients/" + id));
		assertThat(this.jdbc.queryForObject("select status from clients_client where id = ?", String.class, id)).isEqualTo("ACTIVE");
		this.mvc.perform(post("/clients/" + id + "/close").param("version", String.valueOf(this.fixtures.version(id)))
			.param("reason", "客户资产全部转出").with(csrf()).session(this.session));
		assertThat(this.jdbc.queryForObject("select status from clients_client where id = ?", String.class, id)).isEqualTo("CLOSED");
		assertThat(body(get("/clients/" + id).param("lang", "en"))).contains("客户资产全部转出").contains("Closed on")
			.doesNotContain("/clients/" + id + "/edit\"");
		this.mvc.perform(get("/clients/" + id + "/edit").session(this.session)).andExpect(redirectedUrl("/clients/" + id));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_CLOSED' and client_id = ?",
				Long.class, id)).isEqualTo(1);
	}

	@Test
	void aTeamLeadReassignsAClientWithAReasonAndTheTeamFollowsTheNewOwner() throws Exception {
		long team = this.accounts.team();
		String rmOne = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
		String rmTwo = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
		MockHttpSession lead = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team));
		long id = this.fixtures.individual(rmOne, "转移测试");
		this.mvc.perform(post("/clients/" + id + "/reassign").param("version", String.valueOf(this.fixtures.version(id)))
			.param("ownerId", String.valueOf(this.accounts.idOf(rmTwo))).param("reason", "客户经理调岗").with(csrf())
			.session(lead)).andExpect(redirectedUrl("/clients/" + id));
		assertThat(this.jdbc.queryForObject("select owner_id from clients_client where id = ?", Long.class, id))
			.isEqualTo(this.accounts.idOf(rmTwo));
		assertThat(this.jdbc.queryForObject("select detail from audit_event where action = 'CLIENT_REASSIGNED' and client_id = ?",
				String.class, id)).isEqualTo("客户经理调岗");
		this.mvc.perform(get("/clients/" + id).session(Login.as(this.mvc, rmOne))).andExpect(status().isNotFound());
		this.mvc.perform(post("/clients/" + id + "/reassign").param("version", "0").param("ownerId", "1").param("reason", "x")
			.with(csrf()).session(Login.as(this.mvc, rmTwo))).andExpect(status().isForbidden());
		MockHttpSession otherLead = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", this.accounts.team()));
		this.mvc.perform(post("/clients/" + id + "/reassign").param("version", "0").param("ownerId", "1").param("reason", "x")
			.with(csrf()).session(otherLead)).andExpect(status().isNotFound());
	}

	@Test
	void whenAnAdminMovesAnRmToAnotherTeamTheirClientsFollowAndTheLeadsSeeAccordingly() throws Exception {
		long east = this.accounts.team();
		long north = this.accounts.team();
		String mover = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", east);
		MockHttpSession eastLead = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", east));
		MockHttpSession northLead = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", north));
		long id = this.fixtures.individual(mover, "调队测试");
		this.mvc.perform(get("/clients/" + id).session(eastLead)).andExpect(status().isOk());
		this.mvc.perform(get("/clients/" + id).session(northLead)).andExpect(status().isNotFound());
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		long moverId = this.accounts.idOf(mover);
		this.mvc.perform(post("/admin/users/" + moverId).param("displayName", "调队的客户经理").param("teamId", String.valueOf(north))
			.param("roleIds", String.valueOf(this.accounts.roleIdOf("RELATIONSHIP_MANAGER")))
			.param("version", String.valueOf(this.accounts.userVersion(mover))).with(csrf()).session(admin))
			.andExpect(redirectedUrl("/admin/users/" + moverId));
		this.mvc.perform(get("/clients/" + id).session(eastLead)).andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/" + id).session(northLead)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_TEAM_CHANGED' and client_id = ?",
				Long.class, id)).isEqualTo(1);
	}

	private MockHttpServletRequestBuilder individual(String name, String birthDate, String idNumber) {
		return post("/clients/new").session(this.session).with(csrf()).param("kind", "INDIVIDUAL").param("name", name)
			.param("gender", "MALE").param("birthDate", birthDate).param("idType", "RESIDENT_ID").param("idNumber", idNumber)
			.param("mobilePhone", "13812345678").param("segment", "INDIVIDUAL_ORDINARY").param("status", "ACTIVE");
	}

	private MockHttpServletRequestBuilder edit(long id, long version, String name) {
		return edit(id, version, name, "13912345678");
	}

	private MockHttpServletRequestBuilder edit(long id, long version, String name, String phone) {
		return post("/clients/" + id + "/edit").session(this.session).with(csrf()).param("version", String.valueOf(version))
			.param("name", name).param("gender", "FEMALE").param("birthDate", "1980-05-17").param("idType", "RESIDENT_ID")
			.param("idNumber", "").param("mobilePhone", phone).param("segment", "INDIVIDUAL_ORDINARY")
			.param("financialAssets", "1200000.00");
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.session(this.session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
