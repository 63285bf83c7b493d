package com.custodia.complaints;

import java.time.LocalDate;

import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientFixtures;
import com.custodia.security.CurrentUser;
import com.custodia.support.Browser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints in Chromium: customer service (cs1's role) records a complaint about a client; a handler (cs1's role)
 * acknowledges it, assigns and investigates it, and decides; compliance finds it counted in the report.
 */
@CustodiaIntegrationTest
class ComplaintJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	ComplaintReport report;

	@Test
	void customerServiceRecordsAComplaintAHandlerDecidesItAndTheReportCountsIt() {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long client = this.clients.individual(rm, "投诉旅程客户");
		String code = this.clients.service().get(this.clients.user(rm), client).code();
		String cs = this.accounts.userWithSeededRole("CUSTOMER_SERVICE");
		String handler = this.accounts.userWithSeededRole("CUSTOMER_SERVICE");
		String compliance = this.accounts.userWithSeededRole("COMPLIANCE_OFFICER");
		CurrentUser complianceUser = this.clients.user(compliance);
		LocalDate today = this.clients.service().today();
		ComplaintReport.Figures before = this.report.of(complianceUser, BookFilter.NONE, today, today);
		long privacyBefore = before.byCategory().getOrDefault("PRIVACY", 0L);
		long partlyBefore = before.byFinding().getOrDefault("PARTLY_UPHELD", 0L);
		try (Browser browser = Browser.start(this.port)) {
			Page page = browser.newPage("zh-CN");
			browser.login(page, cs, TestAccounts.PASSWORD);
			page.navigate(browser.url("/complaints/new"));
			browser.check(page, "complaint-new-zh");
			page.fill("#clientCode", code);
			page.selectOption("#channel", "PHONE");
			page.selectOption("#category", "PRIVACY");
			page.selectOption("#severity", "HIGH");
			page.fill("#description", "客户接到陌生推销电话，对方说出其持仓情况。");
			page.click("main form button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator(".alert-success").textContent()).contains("投诉已登记");
			assertThat(page.locator("#complaint-facts").textContent()).contains("投诉旅程客户").contains("个人信息保护");
			browser.check(page, "complaint-received-zh");
			String complaintUrl = page.url();

			Page handling = browser.newPage("en");
			browser.login(handling, handler, TestAccounts.PASSWORD);
			handling.navigate(complaintUrl);
			handling.fill("#acknowledge-note", "Told the client by phone");
			handling.click("form[action$='/acknowledge'] button");
			handling.waitForLoadState();
			handling.selectOption("#handlerId", new com.microsoft.playwright.options.SelectOption()
				.setLabel(this.clients.user(handler).displayName()));
			handling.click("form[action$='/assign'] button");
			handling.waitForLoadState();
			handling.click("form[action$='/investigate'] button");
			handling.waitForLoadState();
			handling.click("form[action$='/decision'] button");
			handling.waitForLoadState();
			assertThat(handling.locator("form[action$='/decision']").textContent()).contains("Please fill this in");
			handling.selectOption("#finding", "PARTLY_UPHELD");
			handling.fill("#remedy", "Written apology; access log reviewed");
			handling.fill("#reply", "经核查，外呼名单来源于已注销的合作渠道，已停止合作并向您致歉。");
			handling.click("form[action$='/decision'] button");
			handling.waitForLoadState();
			assertThat(handling.locator(".alert-success").textContent()).contains("decision is recorded");
			assertThat(handling.locator("#complaint-timeline").textContent()).contains("Acknowledged to the complainant")
				.contains("Investigation begun").contains("Partly upheld");
			browser.check(handling, "complaint-decided-en");

			Page reporting = browser.newPage("en");
			browser.login(reporting, compliance, TestAccounts.PASSWORD);
			reporting.navigate(browser.url("/complaints/report?from=" + today + "&to=" + today));
			String privacyRow = reporting.locator("#report-category tr:has-text('Privacy') td").textContent();
			assertThat(Long.parseLong(privacyRow.strip())).isEqualTo(privacyBefore + 1);
			String partlyRow = reporting.locator("#report-finding tr:has-text('Partly upheld') td").textContent();
			assertThat(Long.parseLong(partlyRow.strip())).as("the decision is counted").isEqualTo(partlyBefore + 1);
			browser.check(reporting, "complaint-report-en");
		}
	}

}
