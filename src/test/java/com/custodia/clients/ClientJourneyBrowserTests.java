package com.custodia.clients;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.custodia.support.Browser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An RM's day in Chromium: onboard an individual client (fixing a typing error on the way), find them by part of the
 * Chinese name, log a contact, upload a document; then the other client pages, checked for accessibility and HTML.
 */
@CustodiaIntegrationTest
class ClientJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures fixtures;

	@Test
	void anRmOnboardsAClientFindsThemLogsAContactAndUploadsADocument() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		String suffix = Long.toString(System.nanoTime() % 10000, 36);
		String name = "欧阳明华" + suffix;
		String idNumber = ClientFixtures.residentId(LocalDate.of(1985, 3, 12), Gender.FEMALE);
		String typo = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
		try (Browser browser = Browser.start(this.port)) {
			Page page = browser.newPage("zh-CN");
			browser.login(page, rm, TestAccounts.PASSWORD);
			page.click("nav a[href='/clients']");
			page.waitForLoadState();
			browser.check(page, "clients-list-empty-zh");
			page.click("a[href='/clients/new?kind=individual']");
			page.waitForLoadState();
			browser.check(page, "client-new-individual-zh");

			page.fill("#name", name);
			page.selectOption("#gender", "FEMALE");
			page.fill("#birthDate", "1985-03-12");
			page.fill("#idNumber", typo);
			page.fill("#mobilePhone", "13812345678");
			page.fill("#email", "minghua@example.cn");
			page.fill("#address", "上海市浦东新区世纪大道100号");
			page.fill("#financialAssets", "1,200,000");
			page.selectOption("#segment", "INDIVIDUAL_ORDINARY");
			page.selectOption("#status", "ACTIVE");
			page.click("form.client-form button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator("#idNumber-errors").textContent()).contains("校验位");
			assertThat(page.inputValue("#name")).isEqualTo(name);
			assertThat(page.inputValue("#financialAssets")).isEqualTo("1200000");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/client-new-error-zh.png")).setFullPage(true));

			page.fill("#idNumber", idNumber);
			page.click("form.client-form button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator("h1").textContent()).isEqualTo(name);
			assertThat(page.locator(".alert-success").textContent()).contains("客户已创建");
			assertThat(page.locator("main").textContent()).contains(idNumber.substring(0, 4) + "**********")
				.doesNotContain(idNumber);
			browser.check(page, "client-archive-zh");

			page.navigate(browser.url("/clients"));
			page.fill("#q", "明华");
			page.click("form[role=search] button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator("tbody tr").count()).isEqualTo(1);
			page.click("tbody tr td:nth-child(2) a");
			page.waitForLoadState();
			assertThat(page.locator("h1").textContent()).isEqualTo(name);

			page.click("a.nav-link:has-text('服务记录')");
			page.waitForLoadState();
			page.selectOption("#kind", "MEETING");
			page.fill("#summary", "首次面谈，介绍资产配置方案");
			page.fill("#outcome", "客户愿意先配置稳健型产品");
			page.click("main form button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator(".contact-log").textContent()).contains("首次面谈").contains("会面");
			browser.check(page, "client-contacts-zh");

			page.click("a.nav-link:has-text('文件')");
			page.waitForLoadState();
			Path pdf = Files.createTempFile("agreement", ".pdf");
			Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
			page.selectOption("#category", "AGREEMENT");
			page.setInputFiles("#file", pdf);
			page.fill("#note", "风险揭示书签字版");
			page.click("main form button[type=submit]");
			page.waitForLoadState();
			assertThat(page.locator("tbody").textContent()).contains(pdf.getFileName().toString()).contains("协议")
				.contains("风险揭示书签字版");
			browser.check(page, "client-documents-zh");

			page.navigate(browser.url(page.url().replace(browser.url(""), "").replace("/documents", "/history") + "?lang=en"));
			assertThat(page.locator("main").textContent()).contains("Client created").contains("Client document uploaded")
				.contains("Client contact logged");
			browser.check(page, "client-history-en");
			page.click("a.nav-link:has-text('Profile')");
			page.waitForLoadState();
			page.click("#id-number button");
			page.locator("#id-number-revealed").waitFor();
			assertThat(page.locator("#id-number").textContent()).contains(idNumber);
			browser.check(page, "client-archive-en");
			page.navigate(browser.url(page.url().replace(browser.url(""), "") + "/edit"));
			browser.check(page, "client-edit-en");
			Files.deleteIfExists(pdf);
		}
	}

	@Test
	void theImportAndAdminPagesReadWellInBothLanguages() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		this.fixtures.individual(rm, "导入页面测试");
		String admin = this.accounts.userWithSeededRole("ADMIN");
		try (Browser browser = Browser.start(this.port)) {
			Page page = browser.newPage("en");
			browser.login(page, rm, TestAccounts.PASSWORD);
			page.navigate(browser.url("/clients/import"));
			browser.check(page, "client-import-en");
			Path csv = Files.createTempFile("clients", ".csv");
			Files.writeString(csv, "kind,name,gender\nindividual,,robot\n");
			page.setInputFiles("#file", csv);
			page.click("main form button[type=submit]");
			page.locator("text=Rows rejected").waitFor();
			assertThat(page.locator("main").textContent()).contains("Name: Please fill this in")
				.contains("is not one of the values allowed here");
			browser.check(page, "client-import-report-en");
			page.navigate(browser.url("/clients?lang=zh-CN"));
			browser.check(page, "clients-list-zh");
			Files.deleteIfExists(csv);

			Page adminPage = browser.newPage("zh-CN");
			browser.login(adminPage, admin, TestAccounts.PASSWORD);
			adminPage.navigate(browser.url("/admin/segments"));
			browser.check(adminPage, "admin-segments-zh");
			adminPage.navigate(browser.url("/admin/books"));
			assertThat(adminPage.locator("main").textContent()).contains("整体转移");
			browser.check(adminPage, "admin-books-zh");
		}
	}

}
