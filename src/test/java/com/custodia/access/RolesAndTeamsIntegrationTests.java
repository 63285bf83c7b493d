package com.custodia.access;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CustodiaIntegrationTest
class RolesAndTeamsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminCreatesRenamesAndRetiresARoleAndARetiredRoleGrantsNothing() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		String code = "DESK_" + (System.nanoTime() % 100000);
		MvcResult created = this.mvc.perform(post("/admin/roles/new").session(admin).with(csrf())
			.param("code", code).param("nameEn", "Front desk").param("nameZh", "前台")
			.param("permissions", "TEAM_ADMIN"))
			.andExpect(status().is3xxRedirection()).andReturn();
		long roleId = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		this.mvc.perform(post("/admin/roles/" + roleId).session(admin).with(csrf())
			.param("version", String.valueOf(this.accounts.roleVersion(roleId)))
			.param("nameEn", "Reception").param("nameZh", "接待处").param("permissions", "TEAM_ADMIN"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/roles").session(admin).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("接待处")));

		String clerk = this.accounts.userWithRoles(roleId);
		MockHttpSession clerkSession = Login.as(this.mvc, clerk);
		this.mvc.perform(get("/admin/teams").session(clerkSession)).andExpect(status().isOk());
		this.mvc.perform(post("/admin/roles/" + roleId + "/retire").session(admin).with(csrf())
			.param("version", String.valueOf(this.accounts.roleVersion(roleId))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/teams").session(clerkSession)).andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from access_role where id = ?", Integer.class, roleId))
			.as("retired, not deleted").isEqualTo(1);
	}

	@Test
	void aDuplicateRoleCodeIsToldNextToTheField() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		this.mvc.perform(post("/admin/roles/new").session(admin).with(csrf()).header("Accept-Language", "en")
			.param("code", "admin").param("nameEn", "Another admin").param("nameZh", "另一个管理员"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This code is already in use.")));
	}

	@Test
	void anAdminCreatesAndRenamesATeam() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		String code = "SOUTH" + (System.nanoTime() % 100000);
		this.mvc.perform(post("/admin/teams/new").session(admin).with(csrf())
			.param("code", code).param("nameEn", "South").param("nameZh", "华南"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from access_team where code = ?", Long.class, code);
		long version = this.jdbc.queryForObject("select version from access_team where id = ?", Long.class, id);
		this.mvc.perform(post("/admin/teams/" + id).session(admin).with(csrf()).param("version", String.valueOf(version))
			.param("nameEn", "South China").param("nameZh", "华南区").param("active", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/teams").session(admin))
			.andExpect(content().string(containsString("华南区")))
			.andExpect(content().string(containsString("South China")));
		this.mvc.perform(post("/admin/teams/" + id).session(admin).with(csrf()).param("version", String.valueOf(version))
			.param("nameEn", "Stale").param("nameZh", "过期"))
			.andExpect(status().isConflict());
	}

	@Test
	void prometheusMetricsAreForAdminsOnly() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		this.mvc.perform(get("/actuator/prometheus").session(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		MockHttpSession rm = Login.as(this.mvc, this.accounts.user(Permission.CLIENT_READ));
		this.mvc.perform(get("/actuator/prometheus").session(rm)).andExpect(status().isForbidden());
	}

	@Test
	void theUserListSortsByNameBothWays() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.user(Permission.USER_ADMIN));
		String body = this.mvc.perform(get("/admin/users?sort=displayName,desc").session(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("aria-sort=\"descending\"").contains("sort=displayName,asc");
	}

}
