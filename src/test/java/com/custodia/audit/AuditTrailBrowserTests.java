package com.custodia.audit;

import com.custodia.security.Permission;
import com.custodia.support.Browser;
import com.custodia.support.Browserless;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Compliance in Chromium: find a named user's failed login in the trail and open it; check the chain. */
@CustodiaIntegrationTest
class AuditTrailBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditSealer sealer;

	@Test
	void complianceFindsTheFailedLoginOfANamedUserAndOpensIt() throws Exception {
		String suspect = this.accounts.user(Permission.CLIENT_READ);
		new Browserless(this.port, "en").login(suspect, "not-the-password-1");
		String officer = this.accounts.userWithSeededRole("COMPLIANCE_OFFICER");
		this.sealer.sealAll();

		try (Browser browser = Browser.start(this.port)) {
			Page page = browser.newPage("zh-CN");
			browser.login(page, officer, TestAccounts.PASSWORD);
			page.click("nav a[href='/audit']");
			page.waitForLoadState();
			browser.check(page, "audit-list-zh");
			page.fill("#user", suspect);
			page.selectOption("#action", "LOGIN_FAILURE");
			page.click("form[role=search] button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator("tbody tr").count()).isEqualTo(1);
			assertThat(page.locator("tbody tr").textContent()).contains(suspect).contains("登录失败").contains("失败");
			browser.check(page, "audit-list-filtered-zh");
			page.click("tbody tr a");
			page.waitForLoadState();
			assertThat(page.locator("h1").textContent()).isEqualTo("登录失败");
			assertThat(page.locator("main").textContent()).contains("LOGIN_FAILURE").contains("BAD_CREDENTIALS").contains(suspect);
			browser.check(page, "audit-event-zh");

			page.navigate(browser.url("/audit/verify?lang=en"));
			page.click("form[action='/audit/verify'] button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator(".alert-success").textContent()).contains("the chain is intact");
			browser.check(page, "audit-verify-en");
			page.navigate(browser.url("/audit?outcome=DENIED&from=2030-01-02&to=2030-01-01"));
			assertThat(page.locator("#to-errors, .invalid-feedback").first().textContent()).contains("The end date is before");
			browser.check(page, "audit-list-errors-en");
		}
	}

}
