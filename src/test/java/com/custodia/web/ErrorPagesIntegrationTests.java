package com.custodia.web;

import java.net.http.HttpResponse;

import com.custodia.security.Permission;
import com.custodia.support.Browserless;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP: the error pages the servlet container renders, and the session cookie. */
@CustodiaIntegrationTest
class ErrorPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void aForbiddenPageSaysSoInTheUsersLanguageWithTheNavigation() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		for (String language : new String[] { "en", "zh-CN" }) {
			Browserless browser = new Browserless(this.port, language);
			browser.login(user, TestAccounts.PASSWORD);
			HttpResponse<String> page = browser.get("/admin/roles");
			assertThat(page.statusCode()).isEqualTo(403);
			assertThat(page.body()).contains(language.equals("en") ? "Not allowed" : "无权访问")
				.contains("测试用户 " + user)
				.doesNotContain("Exception", "Whitelabel", "at com.");
		}
	}

	@Test
	void anUnknownAddressIsABilingualNotFoundPage() throws Exception {
		String user = this.accounts.user(Permission.USER_ADMIN);
		Browserless english = new Browserless(this.port, "en");
		english.login(user, TestAccounts.PASSWORD);
		HttpResponse<String> page = english.get("/no/such/page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Not found").doesNotContain("Whitelabel", "??");

		Browserless chinese = new Browserless(this.port, "zh-CN");
		chinese.login(user, TestAccounts.PASSWORD);
		assertThat(chinese.get("/admin/users/not-a-number").body()).contains("未找到");
	}

	@Test
	void assetsAreServedByTheirVersionFreePathsAndNothingElseIsTakenForOne() throws Exception {
		Browserless anonymous = new Browserless(this.port, "en");
		for (String asset : new String[] { "/css/custodia.css", "/js/custodia.js", "/img/favicon.svg",
				"/webjars/bootstrap/css/bootstrap.min.css", "/webjars/chart.js/dist/chart.umd.js",
				"/webjars/htmx.org/dist/htmx.min.js" }) {
			HttpResponse<String> response = anonymous.get(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.body()).as(asset).isNotBlank();
		}
		assertThat(anonymous.get("/css/custodia.js").statusCode()).isEqualTo(404);
		assertThat(anonymous.get("/custodia.css").statusCode()).as("assets live in their folders only").isNotEqualTo(200);
	}

	@Test
	void loggingInGivesANewSessionIdAndLoggingOutEndsTheSession() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		Browserless browser = new Browserless(this.port, "en");
		browser.get("/login");
		String before = browser.sessionId();
		assertThat(before).isNotNull();
		HttpResponse<String> login = browser.login(user, TestAccounts.PASSWORD);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).doesNotContain("/login"));
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		HttpResponse<String> logout = browser.postForm("/", "/logout");
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login?logout"));
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

}
