package com.custodia.ledger;

import com.custodia.clients.ClientFixtures;
import com.custodia.support.Browser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger in Chromium: an RM (rm1's role) registers a deposit and records a large withdrawal, which waits; the team
 * lead (lead1's role) approves it in the queue; the property and the client's statement show it. Every page is checked
 * for accessibility and valid HTML.
 */
@CustodiaIntegrationTest
class LedgerJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Test
	void anRmRecordsALargeWithdrawalTheLeadApprovesItAndTheStatementShowsIt() {
		long team = this.accounts.team();
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
		String lead = this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team);
		long client = this.clients.individual(rm, "台账旅程客户");
		try (Browser browser = Browser.start(this.port)) {
			Page page = browser.newPage("zh-CN");
			browser.login(page, rm, TestAccounts.PASSWORD);
			page.navigate(browser.url("/clients/" + client + "/property"));
			browser.check(page, "ledger-tab-empty-zh");
			page.click("a[href='/clients/" + client + "/property/new']");
			page.waitForLoadState();
			page.selectOption("#type", "DEPOSIT");
			page.fill("#description", "三年期定期存款");
			page.fill("#custodian", "华信银行");
			page.fill("#location", "上海分行营业部");
			page.fill("#value", "3,000,000");
			page.click("main form button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator(".alert-success").textContent()).contains("财产已登记");
			assertThat(page.locator("#property-value").textContent()).contains("3,000,000.00");
			browser.check(page, "ledger-property-zh");
			String propertyUrl = page.url();
			page.click("a[href$='/label']");
			page.waitForLoadState();
			assertThat(page.locator(".property-label").textContent()).contains("三年期定期存款");
			browser.check(page, "ledger-label-zh");
			page.navigate(propertyUrl);

			page.selectOption("#kind", "WITHDRAWAL");
			page.fill("#amount", "1,200,000");
			page.fill("#reason", "客户购房，书面指令已核对");
			page.click("main form[action$='/movements'] button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator(".alert-success").textContent()).contains("等待他人审批");
			assertThat(page.locator("#property-value").textContent()).contains("3,000,000.00");
			assertThat(page.locator("#entries").textContent()).contains("待审批");
			browser.check(page, "ledger-property-pending-zh");

			Page checker = browser.newPage("zh-CN");
			browser.login(checker, lead, TestAccounts.PASSWORD);
			checker.navigate(browser.url("/ledger/approvals"));
			browser.check(checker, "ledger-approvals-zh");
			checker.locator("#approvals tr:has-text('台账旅程客户') input[name=comment]").fill("已电话确认");
			checker.click("#approvals tr:has-text('台账旅程客户') button[value=approve]");
			checker.waitForLoadState();
			assertThat(checker.locator(".alert-success").textContent()).contains("已批准");

			page.reload();
			assertThat(page.locator("#property-value").textContent()).contains("1,800,000.00");
			page.navigate(browser.url("/clients/" + client + "/property"));
			assertThat(page.locator("#property-total").textContent()).contains("1,800,000.00");
			browser.check(page, "ledger-tab-zh");
			page.click("a[href='/clients/" + client + "/statements']");
			page.waitForLoadState();
			assertThat(page.locator("main").textContent()).contains("客户购房，书面指令已核对").contains("-1,200,000.00")
				.contains("1,800,000.00");
			assertThat(page.locator("#total-closing").textContent()).isEqualTo("1,800,000.00");
			browser.check(page, "ledger-statement-zh");
			page.navigate(browser.url("/ledger/properties?custodian=华信银行"));
			assertThat(page.locator("#properties").textContent()).contains("三年期定期存款");
			browser.check(page, "ledger-properties-zh");
		}
	}

	@Test
	void theAlertsRatesAndSettingsPagesInEnglish() {
		try (Browser browser = Browser.start(this.port)) {
			Page officer = browser.newPage("en");
			browser.login(officer, this.accounts.userWithSeededRole("RISK_OFFICER"), TestAccounts.PASSWORD);
			officer.navigate(browser.url("/ledger/alerts"));
			browser.check(officer, "ledger-alerts-en");
			Page finance = browser.newPage("en");
			browser.login(finance, this.accounts.userWithSeededRole("FINANCE_OFFICER"), TestAccounts.PASSWORD);
			finance.navigate(browser.url("/ledger/rates"));
			finance.fill("#inBase", "abc");
			finance.click("main form button[type=submit]");
			finance.waitForLoadState();
			assertThat(finance.locator("#inBase-errors").textContent()).contains("Enter a number");
			browser.check(finance, "ledger-rates-errors-en");
			finance.navigate(browser.url("/ledger/reconciliations"));
			browser.check(finance, "ledger-reconciliations-en");
			finance.fill("#custodian", "Browser vault " + System.nanoTime());
			finance.fill("#location", "B9");
			finance.click("main form button[type=submit]");
			finance.waitForLoadState();
			assertThat(finance.locator("#session-status").textContent()).isEqualTo("Counting");
			finance.fill("#code", "P1999-000009");
			finance.fill("#description", "An unlisted box");
			finance.click("form[action$='/count'] button[type=submit]");
			finance.waitForLoadState();
			assertThat(finance.locator("#count-items").textContent()).contains("An unlisted box").contains("Unexpected");
			browser.check(finance, "ledger-reconciliation-en");
			Page admin = browser.newPage("en");
			browser.login(admin, this.accounts.userWithSeededRole("ADMIN"), TestAccounts.PASSWORD);
			admin.navigate(browser.url("/ledger/settings"));
			browser.check(admin, "ledger-settings-en");
		}
	}

}
