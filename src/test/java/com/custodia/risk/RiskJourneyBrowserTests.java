package com.custodia.risk;

import java.util.Map;
import java.util.Set;

import com.custodia.clients.ClientFixtures;
import com.custodia.clients.ClientKind;
import com.custodia.clients.RiskLevel;
import com.custodia.support.Browser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suitability journey in Chromium: an RM (rm1's role) assesses a client to C3, tries to recommend an R4 product,
 * records the client's insistence after the warning, and a compliance officer (compliance1's role) approves it in the
 * review queue. Then the risk officer's pages. Every page is checked for accessibility and valid HTML.
 */
@CustodiaIntegrationTest
class RiskJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	RiskFixtures risk;

	@Autowired
	ProductCatalogue products;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anRmAssessesToC3RecommendsAnR4ProductOnTheClientsInsistenceAndComplianceApproves() {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		String compliance = this.accounts.userWithSeededRole("COMPLIANCE_OFFICER");
		long client = this.clients.individual(rm, "适当性旅程客户");
		Questionnaire questionnaire = this.risk.inForce(ClientKind.INDIVIDUAL);
		String product = "进取成长股票基金 " + System.nanoTime() % 100000;
		long productId = this.products.create(this.risk.user(this.accounts.userWithSeededRole("RISK_OFFICER")),
				new Product.Details(product, ProductType.EQUITY_FUND, "测试基金管理有限公司", ProductRisk.R4,
						new java.math.BigDecimal("1000"), false));
		try (Browser browser = Browser.start(this.port)) {
			Page page = browser.newPage("zh-CN");
			browser.login(page, rm, TestAccounts.PASSWORD);
			page.navigate(browser.url("/clients/" + client + "/risk"));
			browser.check(page, "risk-tab-empty-zh");
			page.click("a[href='/clients/" + client + "/assessments/new']");
			page.waitForLoadState();
			browser.check(page, "risk-assess-zh");

			Map<String, Set<String>> answers = RiskFixtures.answersFor(questionnaire, RiskLevel.C3);
			answers.forEach((question, options) -> options.forEach((option) -> page.check("#" + question + "-" + option)));
			page.click("button[name=action][value=preview]");
			page.waitForLoadState();
			assertThat(page.locator("#result-level").textContent()).isEqualTo("C3 平衡型");
			browser.check(page, "risk-assess-result-zh");
			page.click("button[name=action][value=confirm]");
			page.waitForLoadState();
			assertThat(page.locator(".alert-success").textContent()).contains("测评已确认");
			assertThat(page.locator("main").textContent()).contains("C3 平衡型").contains("有效");
			browser.check(page, "risk-report-zh");

			page.navigate(browser.url("/clients/" + client + "/recommendations/new"));
			page.selectOption("#productId", String.valueOf(productId));
			page.click("main form button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator("#verdict").textContent()).contains("高于客户风险承受能力");
			assertThat(page.locator("#warning-text").textContent()).contains(product).contains("R4").contains("C3");
			browser.check(page, "risk-recommend-blocked-zh");
			page.check("input[type=checkbox][name=clientInsists]");
			page.fill("#clientStatement", "本人已阅读上述风险警示，理解可能损失本金，坚持购买。");
			page.fill("#rmNote", "客户有多年股票投资经验，已当面出示警示并签字。");
			page.click("main form button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator(".alert-success").textContent()).contains("合规复核");
			assertThat(page.locator("main").textContent()).contains(product).contains("待复核");
			browser.check(page, "risk-tab-pending-zh");

			Page officer = browser.newPage("zh-CN");
			browser.login(officer, compliance, TestAccounts.PASSWORD);
			officer.navigate(browser.url("/risk/reviews"));
			browser.check(officer, "risk-reviews-zh");
			officer.click("#pending-reviews tr:has-text('适当性旅程客户') a");
			officer.waitForLoadState();
			assertThat(officer.locator("#client-statement").textContent()).contains("坚持购买");
			browser.check(officer, "risk-review-zh");
			officer.fill("#comment", "客户投资经验充分，风险警示已签署，同意例外。");
			officer.click("button[name=decision][value=approve]");
			officer.waitForLoadState();
			assertThat(officer.locator(".alert-success").textContent()).contains("例外已批准");
		}
		assertThat(this.jdbc.queryForObject(
				"select review_status from risk_recommendation where client_id = ? and product_id = ?", String.class, client,
				productId)).isEqualTo("APPROVED");
	}

	@Test
	void theRiskOfficersPagesInEnglish() {
		String officerName = this.accounts.userWithSeededRole("RISK_OFFICER");
		this.risk.inForce(ClientKind.INDIVIDUAL);
		try (Browser browser = Browser.start(this.port)) {
			Page page = browser.newPage("en");
			page.onDialog((dialog) -> dialog.accept());
			browser.login(page, officerName, TestAccounts.PASSWORD);
			page.navigate(browser.url("/risk/questionnaires"));
			browser.check(page, "risk-questionnaires-en");
			page.navigate(browser.url("/risk/questionnaires/" + this.risk.inForce(ClientKind.INDIVIDUAL).id()));
			browser.check(page, "risk-questionnaire-en");
			page.click("form[action='/risk/questionnaires/drafts'] button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator("h1").textContent()).isEqualTo("Questionnaire designer");
			browser.check(page, "risk-designer-en");
			page.click("button[name=action][value=addQuestion]");
			page.waitForLoadState();
			assertThat(page.locator(".alert-success").textContent()).contains("The draft is saved");
			page.click("form[data-confirm] button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator(".alert-success").textContent()).contains("The draft is discarded");
			page.navigate(browser.url("/risk/products"));
			browser.check(page, "risk-products-en");
			page.navigate(browser.url("/risk/products/new"));
			page.click("main form button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator("#name-errors").textContent()).contains("Please fill this in");
			browser.check(page, "risk-product-new-errors-en");
			page.navigate(browser.url("/risk/settings"));
			String[] c1 = { "60", "30", "0", "0", "0" };
			String[] classes = { "CASH", "FIXED_INCOME", "BALANCED", "EQUITY", "ALTERNATIVE" };
			for (int i = 0; i < classes.length; i++) {
				page.fill("input[name='C1." + classes[i] + "']", c1[i]);
			}
			page.click("main form button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator("#row-C1-errors").textContent()).contains("90%");
			browser.check(page, "risk-settings-errors-en");
			page.navigate(browser.url("/risk/expiring"));
			browser.check(page, "risk-expiring-en");
		}
	}

}
