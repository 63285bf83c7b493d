package com.custodia.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.custodia.security.Permission;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What compliance and internal audit see, what gets recorded, and who may look. */
@CustodiaIntegrationTest
class AuditPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditSealer sealer;

	@Test
	void aFailedLoginLeavesExactlyOneEvent() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		this.mvc.perform(formLogin("/login").user(user).password("wrong-password-1"));
		assertThat(this.jdbc.queryForList("select action || ' ' || outcome || ' ' || detail from audit_event where actor_username = ?",
				String.class, user)).containsExactly("LOGIN_FAILURE FAILED BAD_CREDENTIALS");
	}

	@Test
	void aForbiddenPageLeavesExactlyOneDenialWithTheUsersRoles() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		MockHttpSession session = Login.as(this.mvc, user);
		this.mvc.perform(get("/admin/roles").session(session)).andExpect(status().isForbidden());
		List<String> denials = this.jdbc.queryForList(
				"select target_id || ' ' || outcome || ' ' || actor_roles from audit_event where actor_username = ? and action = 'ACCESS_DENIED'",
				String.class, user);
		assertThat(denials).hasSize(1);
		assertThat(denials.get(0)).startsWith("GET /admin/roles DENIED T");
	}

	@Test
	void loginLockoutAndLogoutAreRecorded() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		MockHttpSession session = Login.as(this.mvc, user);
		this.mvc.perform(post("/logout").session(session).with(csrf()));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(user).password("wrong-password-" + i));
		}
		assertThat(this.jdbc.queryForList("select action from audit_event where actor_username = ? order by id", String.class, user))
			.containsExactly("LOGIN_SUCCESS", "LOGOUT", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE",
					"LOGIN_FAILURE", "ACCOUNT_LOCKED");
	}

	@Test
	void aMatrixChangeRecordsThePermissionsAddedAndRemoved() throws Exception {
		long roleId = this.accounts.role(Permission.CLIENT_READ, Permission.TIER_READ);
		String admin = this.accounts.userWithSeededRole("ADMIN");
		MockHttpSession session = Login.as(this.mvc, admin);
		this.mvc.perform(post("/admin/roles").session(session).with(csrf())
			.param("version_" + roleId, String.valueOf(this.accounts.roleVersion(roleId)))
			.param("grant_" + roleId, "CLIENT_READ", "AUDIT_READ"));
		var event = this.jdbc.queryForMap("select actor_username, detail, changes::text as changes from audit_event "
				+ "where action = 'ROLE_PERMISSIONS_CHANGED' and target_id = ?", String.valueOf(roleId));
		assertThat(event.get("actor_username")).isEqualTo(admin);
		assertThat((String) event.get("detail")).endsWith("added: [AUDIT_READ]; removed: [TIER_READ]");
		assertThat((String) event.get("changes")).contains("\"before\": \"CLIENT_READ, TIER_READ\"")
			.contains("\"after\": \"AUDIT_READ, CLIENT_READ\"");
	}

	@Test
	void creatingAndEditingAUserRecordsEachChangedField() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		String username = "audited" + System.nanoTime() % 100000;
		String roleId = String.valueOf(this.accounts.roleIdOf("CUSTOMER_SERVICE"));
		this.mvc.perform(post("/admin/users/new").session(admin).with(csrf()).param("username", username)
			.param("displayName", "李四").param("roleIds", roleId));
		long id = this.accounts.idOf(username);
		this.mvc.perform(post("/admin/users/" + id).session(admin).with(csrf())
			.param("version", String.valueOf(this.accounts.userVersion(username)))
			.param("displayName", "李四 Li Si").param("email", "lisi@firm.example").param("roleIds", roleId));
		String changes = this.jdbc.queryForObject("select changes::text from audit_event where action = 'USER_UPDATED' "
				+ "and target_id = ?", String.class, String.valueOf(id));
		assertThat(changes).contains("\"field\": \"displayName\"").contains("\"before\": \"李四\"")
			.contains("\"after\": \"李四 Li Si\"").contains("\"field\": \"email\"").doesNotContain("\"field\": \"roles\"");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'USER_CREATED' and target_id = ?",
				Integer.class, String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void aRelationshipManagerIsRefusedEveryAuditPage() throws Exception {
		MockHttpSession rm = Login.as(this.mvc, this.accounts.userWithSeededRole("RELATIONSHIP_MANAGER"));
		for (String page : List.of("/audit", "/audit/1", "/audit/export.csv", "/audit/verify")) {
			this.mvc.perform(get(page).session(rm)).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/audit/verify").session(rm).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void theListFiltersByUserAndOutcomeAndPagesByKeyset() throws Exception {
		String actor = "filtered" + System.nanoTime() % 1000000;
		for (int i = 0; i < 60; i++) {
			this.audit.record(AuditEntry.of("USER_UPDATED").actor(actor, List.of("TEST")).target("USER", "n" + i)
				.outcome(i % 10 == 0 ? AuditOutcome.DENIED : AuditOutcome.SUCCESS));
		}
		MockHttpSession compliance = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		String first = page(compliance, "/audit?user=" + actor.toUpperCase());
		assertThat(first).contains("USER n59").contains("USER n10").doesNotContain("USER n9<").contains("before=");
		String older = first.replaceAll("(?s).*href=\"([^\"]*before=[0-9]+)\".*", "$1").replace("&amp;", "&");
		String second = page(compliance, older);
		// The pager offers "newer" (较新) but no "older" (较早) on the oldest page, and the reverse on the newest.
		assertThat(second).contains("USER n9").contains("USER n0").doesNotContain("USER n10").contains("较新")
			.doesNotContain("较早");
		String newer = second.replaceAll("(?s).*href=\"([^\"]*after=[0-9]+)\".*", "$1").replace("&amp;", "&");
		String backToFirst = page(compliance, newer);
		assertThat(backToFirst).contains("USER n59").contains("USER n10").doesNotContain("USER n9<").contains("较早")
			.doesNotContain("较新");
		String denied = page(compliance, "/audit?user=" + actor + "&outcome=DENIED");
		assertThat(denied.split("<tr>").length - 2).isEqualTo(6);
		this.mvc.perform(get("/audit?from=2026-12-01&to=2026-11-01").session(compliance).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end date is before the start date.")));
		this.mvc.perform(get("/audit?from=yesterday&clientId=abc").session(compliance)).andExpect(status().isOk());
		this.mvc.perform(get("/audit").param("to", "+999999999-12-31").session(compliance).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter dates between the years 1970 and 9999.")));
	}

	@Test
	void theListFiltersByActionRecordClientTimeAndChainPosition() throws Exception {
		String actor = "multi" + System.nanoTime() % 1000000;
		long client = System.nanoTime() % 1_000_000_000L;
		this.audit.record(AuditEntry.of("TEAM_UPDATED").actor(actor, null).target("TEAM", "t-" + actor));
		long clientEvent = this.audit.record(AuditEntry.of("USER_UPDATED").actor(actor, null).target("USER", "u-" + actor).client(client));
		this.sealer.sealAll();
		long position = this.jdbc.queryForObject("select seq from audit_chain where event_id = ?", Long.class, clientEvent);
		MockHttpSession compliance = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		assertThat(page(compliance, "/audit?user=" + actor + "&action=TEAM_UPDATED")).contains("TEAM t-" + actor)
			.doesNotContain("USER u-" + actor);
		assertThat(page(compliance, "/audit?targetType=USER&targetId=u-" + actor)).contains("USER u-" + actor)
			.doesNotContain("TEAM t-" + actor);
		assertThat(page(compliance, "/audit?clientId=" + client)).contains("USER u-" + actor).doesNotContain("TEAM t-" + actor);
		assertThat(page(compliance, "/audit?position=" + position)).contains("USER u-" + actor).doesNotContain("TEAM t-" + actor);
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		assertThat(page(compliance, "/audit?user=" + actor + "&from=" + today + "&to=" + today)).contains("USER u-" + actor);
		assertThat(page(compliance, "/audit?user=" + actor + "&from=2020-01-01&to=2020-12-31")).doesNotContain("USER u-" + actor);
	}

	@Test
	void theCsvExportDisarmsTextThatASpreadsheetWouldRunAsAFormula() throws Exception {
		String actor = "=HYPERLINK(\"http://evil.example\",\"click\")";
		this.mvc.perform(formLogin("/login").user(actor).password("whatever-1"));
		MockHttpSession session = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		MvcResult started = this.mvc.perform(get("/audit/export.csv").param("user", actor).session(session)).andReturn();
		String csv = new String(this.mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=hyperlink(").doesNotContain(",=hyperlink(").doesNotContain(",\"=hyperlink(");
	}

	@Test
	void readingTheTrailIsRecordedOncePerPageView() throws Exception {
		String auditor = this.accounts.userWithSeededRole("INTERNAL_AUDITOR");
		MockHttpSession session = Login.as(this.mvc, auditor);
		this.mvc.perform(get("/audit").session(session)).andExpect(status().isOk());
		long eventId = this.audit.record(AuditEntry.of("TEAM_CREATED").target("TEAM", "x"));
		this.mvc.perform(get("/audit/" + eventId).session(session).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Team created")));
		assertThat(this.jdbc.queryForList("select target_type from audit_event where actor_username = ? and action = 'AUDIT_VIEWED' order by id",
				String.class, auditor)).containsExactly("AUDIT_TRAIL", "AUDIT_EVENT");
		this.mvc.perform(get("/audit/99999999999").session(session)).andExpect(status().isNotFound());
	}

	@Test
	void theCsvExportOpensWithChineseTextAndIsItselfRecorded() throws Exception {
		String actor = "csv" + System.nanoTime() % 1000000;
		this.audit.record(AuditEntry.of("USER_UPDATED").actor(actor, List.of("TEST")).target("USER", "1")
			.change("displayName", "王丽", "王丽, \"客户经理\""));
		String compliance = this.accounts.userWithSeededRole("COMPLIANCE_OFFICER");
		MockHttpSession session = Login.as(this.mvc, compliance);
		MvcResult started = this.mvc.perform(get("/audit/export.csv?user=" + actor).session(session)).andReturn();
		MvcResult done = this.mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
		byte[] bytes = done.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String csv = new String(bytes, StandardCharsets.UTF_8);
		assertThat(csv).contains("id,time,time_utc,user,roles").contains(actor)
			.contains("\"displayName: 王丽 → 王丽, \"\"客户经理\"\"\"");
		assertThat(done.getResponse().getContentType()).startsWith("text/csv");
		assertThat(this.jdbc.queryForObject("select detail from audit_event where actor_username = ? and action = 'AUDIT_EXPORTED'",
				String.class, compliance)).isEqualTo("user=" + actor);
	}

	@Test
	void anAuditorVerifiesTheChainAndSeesTheLatestSealedHash() throws Exception {
		MockHttpSession session = Login.as(this.mvc, this.accounts.userWithSeededRole("INTERNAL_AUDITOR"));
		this.mvc.perform(post("/audit/verify").session(session).with(csrf())).andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get("/audit/verify").session(session).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Intact: no event has been changed")))
			.andExpect(content().string(not(containsString("Broken"))))
			.andReturn().getResponse().getContentAsString();
		// The head shown is the chain's head as it was when the page was rendered (its own view event seals later).
		var head = this.jdbc.queryForMap("select seq, hash from audit_chain where hash = substring(? from '[0-9a-f]{64}')",
				page.substring(page.indexOf("Latest sealed hash")));
		long newest = this.jdbc.queryForObject("select max(seq) from audit_chain", Long.class);
		assertThat((Long) head.get("seq")).isBetween(newest - 5, newest);
		assertThat(page).contains("Position " + head.get("seq"));
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

}
