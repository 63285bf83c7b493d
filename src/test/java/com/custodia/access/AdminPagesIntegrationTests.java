package com.custodia.access;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CustodiaIntegrationTest
class AdminPagesIntegrationTests {

	private static final List<String> ADMIN_PAGES = List.of("/admin/users", "/admin/users/new", "/admin/users/1",
			"/admin/teams", "/admin/teams/new", "/admin/roles", "/admin/roles/new", "/admin/roles/1");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRelationshipManagerGetsTheForbiddenPageOnEveryAdminPage() throws Exception {
		MockHttpSession rm = Login.as(this.mvc, this.accounts.userWithSeededRole("RELATIONSHIP_MANAGER"));
		for (String page : ADMIN_PAGES) {
			this.mvc.perform(get(page).session(rm)).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/admin/roles").session(rm).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/").session(rm))
			.andExpect(content().string(not(containsString("href=\"/admin/"))));
	}

	@Test
	void anAdminOpensEveryAdminPageInBothLanguages() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		for (String page : ADMIN_PAGES) {
			this.mvc.perform(get(page).session(admin)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/admin/users").session(admin).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("按用户名、姓名或邮箱搜索")));
		this.mvc.perform(get("/admin/users").session(admin).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Search by username, name or email")));
		this.mvc.perform(get("/admin/roles").session(admin).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Manage roles and the role-permission matrix")));
	}

	@Test
	void aMatrixChangeTakesEffectOnTheUsersNextRequestWithoutSigningThemOut() throws Exception {
		long roleId = this.accounts.role(Permission.CLIENT_READ);
		String user = this.accounts.userWithRoles(roleId);
		MockHttpSession userSession = Login.as(this.mvc, user);
		this.mvc.perform(get("/admin/teams").session(userSession)).andExpect(status().isForbidden());
		this.mvc.perform(get("/").session(userSession))
			.andExpect(content().string(not(containsString("href=\"/admin/teams\""))));

		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		this.mvc.perform(post("/admin/roles").session(admin).with(csrf())
			.param("version_" + roleId, String.valueOf(this.accounts.roleVersion(roleId)))
			.param("grant_" + roleId, "CLIENT_READ", "TEAM_ADMIN"))
			.andExpect(redirectedUrl("/admin/roles"));

		this.mvc.perform(get("/admin/teams").session(userSession)).andExpect(status().isOk());
		this.mvc.perform(get("/").session(userSession)).andExpect(content().string(containsString("href=\"/admin/teams\"")));
		this.mvc.perform(get("/").session(userSession).header("Accept-Language", "en"))
			.andExpect(content().string(containsString(">Teams</a>")));
		this.mvc.perform(get("/").session(userSession).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(not(containsString(">Teams</a>"))));
	}

	@Test
	void theMatrixRefusesAChangeThatWouldLeaveNoAdmin() throws Exception {
		String adminName = this.accounts.userWithSeededRole("ADMIN");
		MockHttpSession admin = Login.as(this.mvc, adminName);
		// Take USER_ADMIN away from every role that grants it: nobody could manage users any more.
		List<Long> holders = this.jdbc.queryForList(
				"select role_id from access_role_permission where permission = 'USER_ADMIN'", Long.class);
		var request = post("/admin/roles").session(admin).with(csrf());
		for (long roleId : holders) {
			request.param("version_" + roleId, String.valueOf(this.accounts.roleVersion(roleId)));
			List<String> kept = this.jdbc.queryForList(
					"select permission from access_role_permission where role_id = ? and permission <> 'USER_ADMIN'",
					String.class, roleId);
			request.param("grant_" + roleId, kept.toArray(String[]::new));
		}
		this.mvc.perform(request).andExpect(redirectedUrl("/admin/roles"));
		assertThat(this.jdbc.queryForList(
				"select role_id from access_role_permission where permission = 'USER_ADMIN'", Long.class))
			.containsExactlyInAnyOrderElementsOf(holders);
		this.mvc.perform(get("/admin/roles").session(admin).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("at least one active user must keep")));
	}

	@Test
	void anAdminCannotTakeTheirOwnAdministrationRightsAway() throws Exception {
		long roleId = this.accounts.role(Permission.USER_ADMIN, Permission.ROLE_ADMIN);
		String adminName = this.accounts.userWithRoles(roleId);
		MockHttpSession admin = Login.as(this.mvc, adminName);
		this.mvc.perform(post("/admin/roles").session(admin).with(csrf())
			.param("version_" + roleId, String.valueOf(this.accounts.roleVersion(roleId)))
			.param("grant_" + roleId, "USER_ADMIN"))
			.andExpect(redirectedUrl("/admin/roles"));
		this.mvc.perform(get("/admin/roles").session(admin).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("would take your own administration rights away")));
		assertThat(this.jdbc.queryForList("select permission from access_role_permission where role_id = ?",
				String.class, roleId)).containsExactlyInAnyOrder("USER_ADMIN", "ROLE_ADMIN");

		long id = this.accounts.idOf(adminName);
		this.mvc.perform(post("/admin/users/" + id + "/disable").session(admin).with(csrf())
			.param("version", String.valueOf(this.accounts.userVersion(adminName))));
		this.mvc.perform(get("/admin/users").session(admin)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select enabled from access_user where id = ?", Boolean.class, id)).isTrue();
	}

	@Test
	void aStaleEditIsRefusedWithTheChangedBySomeoneElsePage() throws Exception {
		String target = this.accounts.user(Permission.CLIENT_READ);
		long id = this.accounts.idOf(target);
		long roleId = this.jdbc.queryForObject(
				"select role_id from access_user_role where user_id = ?", Long.class, id);
		long staleVersion = this.accounts.userVersion(target);
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		this.mvc.perform(post("/admin/users/" + id).session(admin).with(csrf()).param("version", String.valueOf(staleVersion))
			.param("displayName", "First editor").param("roleIds", String.valueOf(roleId)))
			.andExpect(redirectedUrl("/admin/users/" + id));
		this.mvc.perform(post("/admin/users/" + id).session(admin).with(csrf()).header("Accept-Language", "en")
			.param("version", String.valueOf(staleVersion))
			.param("displayName", "Second editor").param("roleIds", String.valueOf(roleId)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(this.jdbc.queryForObject("select display_name from access_user where id = ?", String.class, id))
			.isEqualTo("First editor");
	}

	@Test
	void creatingAUserShowsAOneTimePasswordThatMustBeChangedAtFirstLogin() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		String username = "newbie" + System.nanoTime() % 100000;
		MvcResult created = this.mvc.perform(post("/admin/users/new").session(admin).with(csrf())
			.param("username", username).param("displayName", "新同事 Newbie")
			.param("email", "newbie@firm.example")
			.param("roleIds", String.valueOf(this.accounts.roleIdOf("CUSTOMER_SERVICE"))))
			.andExpect(status().is3xxRedirection()).andReturn();
		String password = (String) created.getFlashMap().get("temporaryPassword");
		assertThat(password).hasSizeGreaterThanOrEqualTo(10);

		MockHttpSession newbie = Login.as(this.mvc, username, password);
		this.mvc.perform(get("/").session(newbie)).andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void nonsenseInTheUserFormGetsMessagesNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		String longName = "名".repeat(5000);
		this.mvc.perform(post("/admin/users/new").session(admin).with(csrf()).header("Accept-Language", "en")
			.param("username", "<script>alert(1)</script>").param("displayName", longName)
			.param("email", "not-an-email").param("teamId", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use 3 to 40 lower-case letters")))
			.andExpect(content().string(containsString("Use at most 100 characters.")))
			.andExpect(content().string(containsString("Enter a valid email address.")))
			.andExpect(content().string(containsString("Choose at least one role.")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		this.mvc.perform(post("/admin/users/new").session(admin).with(csrf()).header("Accept-Language", "zh-CN")
			.param("username", "").param("displayName", "' or 1=1; drop table access_user; --😀"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填。")))
			.andExpect(content().string(containsString("drop table access_user; --😀")));
	}

	@Test
	void anUnknownOrMalformedRecordAddressIsANotFoundPage() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		this.mvc.perform(get("/admin/users/999999999").session(admin).header("Accept-Language", "en"))
			.andExpect(status().isNotFound()).andExpect(content().string(containsString("There is nothing here")));
		this.mvc.perform(get("/admin/users/abc").session(admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/roles/-1").session(admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/no/such/page").session(admin)).andExpect(status().isNotFound());
	}

	@Test
	void theUserListSearchesFiltersAndPagesInTheDatabase() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		long roleId = this.accounts.role(Permission.CLIENT_READ);
		String first = null;
		for (int i = 0; i < 25; i++) {
			String user = this.accounts.userWithRoles(roleId);
			first = (first == null) ? user : first;
		}
		MvcResult page1 = this.mvc.perform(get("/admin/users?status=ENABLED").session(admin).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn();
		assertThat(page1.getResponse().getContentAsString()).contains("Page 1 of").contains("?status=ENABLED&amp;page=1");
		this.mvc.perform(get("/admin/users?q=" + first.toUpperCase()).session(admin))
			.andExpect(content().string(containsString(">" + first + "<")));
		this.mvc.perform(get("/admin/users?status=DISABLED&q=" + first).session(admin).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("No user matches these filters.")));
	}

}
