package com.custodia.tiering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.custodia.clients.ClientFixtures;
import com.custodia.clients.Tier;
import com.custodia.ledger.Currency;
import com.custodia.ledger.PropertyLedger;
import com.custodia.ledger.PropertyType;
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
 * Tiering in Chromium: an admin lowers the Gold threshold and recomputes; the RM then finds their client upgraded to
 * Gold, with the history saying it was the new rules and the assets at the time.
 */
@CustodiaIntegrationTest
class TieringBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	PropertyLedger ledger;

	@Autowired
	TierRules rules;

	@Test
	void anAdminLowersTheGoldThresholdAndTheClientIsUpgradedWithTheReasonInItsHistory() {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		CurrentUser owner = this.clients.user(rm);
		long client = this.clients.individual(rm, "等级旅程客户");
		this.ledger.register(owner, client, new PropertyLedger.Registration(PropertyType.FUND, "均衡混合基金", "基金登记",
				"基金账户", Currency.CNY, new BigDecimal("5500000.00"), new BigDecimal("1000"), "份"));
		assertThat(this.clients.service().get(owner, client).tier()).isEqualTo(Tier.SILVER);
		TierRuleSet before = this.rules.current();
		String admin = this.accounts.userWithSeededRole("ADMIN");
		try (Browser browser = Browser.start(this.port)) {
			Page page = browser.newPage("zh-CN");
			browser.login(page, admin, TestAccounts.PASSWORD);
			page.navigate(browser.url("/admin/tier-rules"));
			browser.check(page, "tier-rules-zh");
			page.fill("#GOLD-minAssets", "5,000,000");
			page.fill("#reason", "下调黄金门槛以覆盖更多高价值客户");
			page.click("#tier-rules-form button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator(".alert-success").textContent()).contains("规则已保存为新版本");
			assertThat(page.locator("#tier-versions").textContent()).contains("下调黄金门槛以覆盖更多高价值客户");
			page.click("form[action$='/recompute'] button");
			page.waitForLoadState();
			assertThat(page.locator("#last-run").textContent()).contains("已重算");
			browser.check(page, "tier-rules-recomputed-zh");

			Page rmPage = browser.newPage("en");
			browser.login(rmPage, rm, TestAccounts.PASSWORD);
			rmPage.navigate(browser.url("/clients/" + client + "/tier"));
			assertThat(rmPage.locator("#archive-tier").textContent()).contains("Gold");
			String history = rmPage.locator("#tier-history").textContent();
			assertThat(history).contains("Silver").contains("Gold").contains("The rules (version "
					+ this.rules.current().versionId() + ")").contains("5,500,000.00");
			browser.check(rmPage, "tier-tab-en");
			rmPage.navigate(browser.url("/tiering/service-due"));
			browser.check(rmPage, "tier-service-due-en");
		}
		finally {
			// The rules are the whole installation's: put them back for the other tests.
			List<TierRule> restored = new ArrayList<>(before.rules().values());
			this.rules.save(this.clients.user(admin), restored, before.graceDays(), "测试后恢复");
		}
	}

}
