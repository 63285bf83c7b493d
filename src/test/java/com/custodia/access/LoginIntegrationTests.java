package com.custodia.access;

import com.custodia.security.Permission;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CustodiaIntegrationTest
class LoginIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void everyPageButTheLoginPageSendsAnAnonymousVisitorToLogIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		this.mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")))
			.andExpect(content().string(not(containsString("components"))));
	}

	@Test
	void aUserLogsInWithTheRightPasswordAndSeesTheirStartPage() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		MockHttpSession session = Login.as(this.mvc, user);
		this.mvc.perform(get("/").session(session).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcome, 测试用户 " + user)));
	}

	@Test
	void aWrongPasswordAndAnUnknownUserReadExactlyTheSame() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		this.mvc.perform(formLogin("/login").user(user).password("wrong-password-1"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("nobody-by-this-name").password("wrong-password-1"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login?error").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("The username or password is not right.")));
	}

	@Test
	void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilAnAdminUnlocksIt() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(user).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(user).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login?locked").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("This account is locked")));

		String admin = this.accounts.user(Permission.USER_ADMIN);
		MockHttpSession adminSession = Login.as(this.mvc, admin);
		long id = this.accounts.idOf(user);
		this.mvc.perform(get("/admin/users?status=LOCKED&q=" + user).session(adminSession))
			.andExpect(content().string(containsString(user)));
		this.mvc.perform(post("/admin/users/" + id + "/unlock").session(adminSession).with(csrf())
			.param("version", String.valueOf(this.accounts.userVersion(user))))
			.andExpect(redirectedUrl("/admin/users/" + id));

		Login.as(this.mvc, user);
	}

	@Test
	void anUnknownUsernameLocksAfterFiveFailuresJustLikeARealOne() throws Exception {
		String ghost = "ghost" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(ghost).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(ghost).password("any-password-9"))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aDisabledUserCannotLogInAndIsSignedOutOfAnOpenSession() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		MockHttpSession session = Login.as(this.mvc, user);
		String admin = this.accounts.user(Permission.USER_ADMIN);
		MockHttpSession adminSession = Login.as(this.mvc, admin);
		this.mvc.perform(post("/admin/users/" + this.accounts.idOf(user) + "/disable").session(adminSession)
			.with(csrf()).param("version", String.valueOf(this.accounts.userVersion(user))));

		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(formLogin("/login").user(user).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aUserWhoMustChangeTheirPasswordIsSentToDoSoFirst() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		this.accounts.requirePasswordChange(user);
		MockHttpSession session = Login.as(this.mvc, user);
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));

		this.mvc.perform(post("/account/password").session(session).with(csrf()).header("Accept-Language", "en")
			.param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "short")
			.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least 10 characters.")))
			.andExpect(content().string(containsString("Include at least one digit.")));
		this.mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "Brand-new-pass-7")
			.param("confirmPassword", "Brand-new-pass-7"))
			.andExpect(redirectedUrl("/"));

		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		Login.as(this.mvc, user, "Brand-new-pass-7");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		String admin = this.accounts.user(Permission.USER_ADMIN);
		MockHttpSession session = Login.as(this.mvc, admin);
		this.mvc.perform(get("/admin/users/new").session(session)).andExpect(status().isOk());
		this.mvc.perform(post("/admin/users/new").session(session).param("username", "csrfvictim")
			.param("displayName", "x").param("roleIds", "1"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users?q=csrfvictim").session(session).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("No user matches")));
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		MvcResult result = this.mvc.perform(get("/login")).andReturn();
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
	}

	@Test
	void theLoginPageSpeaksChineseOrEnglishAndRemembersTheChoice() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9"))
			.andExpect(content().string(containsString("登录 Custodia")))
			.andExpect(content().string(containsString("lang=\"zh-CN\"")));
		this.mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(content().string(containsString("Sign in to Custodia")))
			.andExpect(content().string(not(containsString("登录 Custodia"))));
		MvcResult switched = this.mvc.perform(get("/login?lang=en").header("Accept-Language", "zh-CN")).andReturn();
		assertThat(switched.getResponse().getContentAsString()).contains("Sign in to Custodia");
		this.mvc.perform(get("/login").header("Accept-Language", "zh-CN").cookie(switched.getResponse().getCookies()))
			.andExpect(content().string(containsString("Sign in to Custodia")));
	}

}
