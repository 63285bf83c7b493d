package com.custodia.audit;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.custodia.security.Permission;
import com.custodia.support.Browserless;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every action of the foundation that issue 3 lists leaves its event, read back here. */
@CustodiaIntegrationTest
class AuditedActionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void simultaneousWrongPasswordsAreAllCountedAndRecordedWithoutAnError() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<HttpResponse<String>>> attempts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			int n = i;
			attempts.add(pool.submit(() -> new Browserless(this.port, "en").login(user, "wrong-password-" + n)));
		}
		for (Future<HttpResponse<String>> attempt : attempts) {
			assertThat(attempt.get().statusCode()).isEqualTo(302);
			assertThat(attempt.get().headers().firstValue("Location").orElseThrow()).matches(".*/login\\?(error|locked)");
		}
		pool.shutdown();
		assertThat(actions(user)).filteredOn("LOGIN_FAILURE"::equals).hasSize(8);
		assertThat(actions(user)).filteredOn("ACCOUNT_LOCKED"::equals).hasSize(1);
		this.mvc.perform(formLogin("/login").user(user).password(TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aDisabledAccountLocksLikeAnyOther() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		this.jdbc.update("update access_user set enabled = false where username = ?", user);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(user).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(user).password("wrong-6")).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void passwordChangesFailuresAndResetsAreRecorded() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		long id = this.accounts.idOf(user);
		MockHttpSession session = Login.as(this.mvc, user);
		this.mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "wrong-guess-1")
			.param("newPassword", "Another-pass-9").param("confirmPassword", "Another-pass-9")).andExpect(status().isOk());
		this.mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "Another-pass-9").param("confirmPassword", "Another-pass-9")).andExpect(redirectedUrl("/"));
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		this.mvc.perform(post("/admin/users/" + id + "/reset-password").session(admin).with(csrf())
			.param("version", String.valueOf(this.accounts.userVersion(user))));
		assertThat(this.jdbc.queryForList("select action || ' ' || outcome from audit_event where target_type = 'USER' "
				+ "and target_id = ? and action like 'PASSWORD%' order by id", String.class, String.valueOf(id)))
			.containsExactly("PASSWORD_CHANGE_FAILED FAILED", "PASSWORD_CHANGED SUCCESS", "PASSWORD_RESET SUCCESS");
		assertThat(this.jdbc.queryForObject("select failed_logins from access_user where id = ?", Integer.class, id))
			.as("the reset also clears the count").isZero();
	}

	@Test
	void guessingTheCurrentPasswordLocksTheAccountLikeTheLoginPage() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		MockHttpSession session = Login.as(this.mvc, user);
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "guess-" + i)
				.param("newPassword", "Another-pass-9").param("confirmPassword", "Another-pass-9"));
		}
		assertThat(actions(user)).contains("ACCOUNT_LOCKED");
		this.mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "Another-pass-9").param("confirmPassword", "Another-pass-9").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("This account is locked")));
	}

	@Test
	void userLifecycleEventsAreRecorded() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		long id = this.accounts.idOf(user);
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		this.jdbc.update("update access_user set locked_until = now() + interval '1 hour' where id = ?", id);
		for (String action : List.of("unlock", "disable", "enable")) {
			this.mvc.perform(post("/admin/users/" + id + "/" + action).session(admin).with(csrf())
				.param("version", String.valueOf(this.accounts.userVersion(user))))
				.andExpect(redirectedUrl("/admin/users/" + id));
		}
		assertThat(targetActions("USER", id)).containsSubsequence("USER_UNLOCKED", "USER_DISABLED", "USER_ENABLED");
	}

	@Test
	void teamAndRoleChangesAreRecorded() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		String code = "AUD" + System.nanoTime() % 100000;
		this.mvc.perform(post("/admin/teams/new").session(admin).with(csrf()).param("code", code)
			.param("nameEn", "Audit team " + code).param("nameZh", "审计组 " + code));
		long teamId = this.jdbc.queryForObject("select id from access_team where code = ?", Long.class, code);
		this.mvc.perform(post("/admin/teams/" + teamId).session(admin).with(csrf()).param("version", "0")
			.param("nameEn", "Renamed " + code).param("nameZh", "审计组 " + code).param("active", "true"));
		assertThat(targetActions("TEAM", teamId)).containsExactly("TEAM_CREATED", "TEAM_UPDATED");

		this.mvc.perform(post("/admin/roles/new").session(admin).with(csrf()).param("code", code)
			.param("nameEn", "Role " + code).param("nameZh", "角色 " + code).param("permissions", "TIER_READ"));
		long roleId = this.accounts.roleIdOf(code);
		this.mvc.perform(post("/admin/roles/" + roleId).session(admin).with(csrf()).param("version", "0")
			.param("nameEn", "Role renamed").param("nameZh", "角色 " + code).param("permissions", "TIER_READ"));
		this.mvc.perform(post("/admin/roles/" + roleId + "/retire").session(admin).with(csrf())
			.param("version", String.valueOf(this.accounts.roleVersion(roleId))));
		this.mvc.perform(post("/admin/roles/" + roleId + "/reinstate").session(admin).with(csrf())
			.param("version", String.valueOf(this.accounts.roleVersion(roleId))));
		assertThat(targetActions("ROLE", roleId)).containsExactly("ROLE_CREATED", "ROLE_UPDATED", "ROLE_RETIRED",
				"ROLE_REINSTATED");
	}

	@Test
	void aRefusedAdminChangeIsRecordedAsDenied() throws Exception {
		String adminName = this.accounts.userWithSeededRole("ADMIN");
		long id = this.accounts.idOf(adminName);
		MockHttpSession admin = Login.as(this.mvc, adminName);
		this.mvc.perform(post("/admin/users/" + id + "/disable").session(admin).with(csrf())
			.param("version", String.valueOf(this.accounts.userVersion(adminName))));
		assertThat(this.jdbc.queryForList("select outcome || ' ' || detail from audit_event where action = 'ADMIN_CHANGE_REFUSED' "
				+ "and actor_username = ?", String.class, adminName)).containsExactly("DENIED access.rule.selfLockout");
	}

	@Test
	void aRefusedCsrfTokenIsRecordedWithTheUsersRoles() throws Exception {
		long roleId = this.accounts.role(Permission.USER_ADMIN);
		String user = this.accounts.userWithRoles(roleId);
		MockHttpSession session = Login.as(this.mvc, user);
		this.mvc.perform(get("/admin/users/new").session(session));
		this.mvc.perform(post("/admin/users/new").session(session).param("username", "x")).andExpect(status().isForbidden());
		String roleCode = this.jdbc.queryForObject("select code from access_role where id = ?", String.class, roleId);
		assertThat(this.jdbc.queryForList("select detail || ' ' || actor_roles from audit_event where action = 'ACCESS_DENIED' "
				+ "and actor_username = ?", String.class, user)).containsExactly("CSRF " + roleCode);
	}

	@Test
	void verifyingTheChainIsRecorded() throws Exception {
		String auditor = this.accounts.userWithSeededRole("INTERNAL_AUDITOR");
		MockHttpSession session = Login.as(this.mvc, auditor);
		this.mvc.perform(post("/audit/verify").session(session).with(csrf()));
		assertThat(this.jdbc.queryForList("select outcome from audit_event where action = 'AUDIT_CHAIN_VERIFIED' "
				+ "and actor_username = ?", String.class, auditor)).containsExactly("SUCCESS");
	}

	private List<String> actions(String user) {
		return this.jdbc.queryForList("select action from audit_event where actor_username = ? order by id", String.class, user);
	}

	private List<String> targetActions(String type, long id) {
		return this.jdbc.queryForList("select action from audit_event where target_type = ? and target_id = ? order by id",
				String.class, type, String.valueOf(id));
	}

}
