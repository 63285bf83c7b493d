package com.custodia.access;

import com.custodia.security.Permission;
import com.custodia.support.Browser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's journey in Chromium: edit a role's permissions in the matrix, and the role's user sees the effect on
 * their next page. Every page visited passes the axe-core and HTML checks.
 */
@CustodiaIntegrationTest
class RoleMatrixBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void anAdminGrantsARolePermissionAndItsUserSeesTheNewPage() {
		long roleId = this.accounts.role(Permission.CLIENT_READ);
		String clerk = this.accounts.userWithRoles(roleId);
		String admin = this.accounts.userWithSeededRole("ADMIN");
		long clerkId = this.accounts.idOf(clerk);

		try (Browser browser = Browser.start(this.port)) {
			Page clerkPage = browser.newPage("en-US");
			clerkPage.navigate(browser.url("/login"));
			browser.check(clerkPage, "login-en");
			browser.login(clerkPage, clerk, TestAccounts.PASSWORD);
			browser.check(clerkPage, "home-before-en");
			assertThat(clerkPage.locator("nav a[href='/admin/teams']").count()).isZero();
			Response forbidden = clerkPage.navigate(browser.url("/admin/teams"));
			assertThat(forbidden.status()).isEqualTo(403);
			browser.check(clerkPage, "forbidden-en");

			Page adminPage = browser.newPage("zh-CN");
			adminPage.navigate(browser.url("/login"));
			browser.check(adminPage, "login-zh");
			browser.login(adminPage, admin, TestAccounts.PASSWORD);
			browser.check(adminPage, "home-admin-zh");
			adminPage.navigate(browser.url("/admin/roles"));
			browser.check(adminPage, "role-matrix-zh");
			adminPage.check("#cell-" + roleId + "-TEAM_ADMIN");
			adminPage.click("form[action='/admin/roles'] button[type=submit]");
			adminPage.waitForLoadState();
			assertThat(adminPage.locator(".alert-success").textContent()).contains("权限已保存");
			assertThat(adminPage.isChecked("#cell-" + roleId + "-TEAM_ADMIN")).isTrue();
			browser.check(adminPage, "role-matrix-saved-zh");
			for (String path : new String[] { "/admin/roles/" + roleId, "/admin/roles/new", "/admin/users",
					"/admin/users/new", "/admin/users/" + clerkId, "/admin/teams", "/admin/teams/new", "/account/password" }) {
				assertThat(adminPage.navigate(browser.url(path)).status()).as(path).isEqualTo(200);
				browser.check(adminPage, "admin" + path.replace('/', '-') + "-zh");
			}

			clerkPage.navigate(browser.url("/"));
			assertThat(clerkPage.locator("nav a[href='/admin/teams']").count()).isEqualTo(1);
			clerkPage.click("nav a[href='/admin/teams']");
			clerkPage.waitForLoadState();
			assertThat(clerkPage.locator("h1").textContent()).isEqualTo("Teams");
			browser.check(clerkPage, "teams-after-grant-en");
		}
	}

	@Test
	void anAdminCreatesAUserAndSeesValidationMessagesFirst() {
		String admin = this.accounts.userWithSeededRole("ADMIN");
		try (Browser browser = Browser.start(this.port)) {
			Page page = browser.newPage("en-US");
			browser.login(page, admin, TestAccounts.PASSWORD);
			page.navigate(browser.url("/admin/users/new"));
			page.fill("#username", "Bad Name!");
			page.fill("#displayName", "");
			page.click("form[action='/admin/users/new'] button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator("#username-errors").textContent()).contains("lower-case letters");
			assertThat(page.locator("#displayName-errors").textContent()).contains("Please fill this in.");
			assertThat(page.inputValue("#username")).isEqualTo("bad name!");
			browser.check(page, "user-new-errors-en");
		}
	}

}
