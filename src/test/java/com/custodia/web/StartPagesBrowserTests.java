package com.custodia.web;

import java.util.List;
import java.util.Map;

import com.custodia.support.Browser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role's start page, and every report as a role that may read it, in both languages in Chromium: accessibility
 * (axe), valid HTML, no untranslated key, a screenshot of each.
 */
@CustodiaIntegrationTest
class StartPagesBrowserTests {

	/** Each seeded role and the reports (with their team and RM filters) and start-page lists it may read. */
	static final Map<String, List<String>> ROLES = Map.of("RELATIONSHIP_MANAGER",
			List.of("/ledger/mine", "/ledger/mine?state=REJECTED"), "TEAM_LEAD", List.of("/tiering/report"),
			"FINANCE_OFFICER", List.of("/ledger/report"), "RISK_OFFICER",
			List.of("/risk/report", "/risk/watch", "/risk/watch?list=lapsed"), "COMPLIANCE_OFFICER",
			List.of("/reports", "/complaints/report", "/ledger/report", "/tiering/report", "/risk/report"),
			"INTERNAL_AUDITOR", List.of(), "ADMIN", List.of(), "CUSTOMER_SERVICE", List.of());

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void everyRolesStartPageAndReportsPassTheChecksInBothLanguages() {
		long team = this.accounts.team();
		try (Browser browser = Browser.start(this.port)) {
			for (Map.Entry<String, List<String>> role : ROLES.entrySet()) {
				String user = role.getKey().equals("RELATIONSHIP_MANAGER") || role.getKey().equals("TEAM_LEAD")
						? this.accounts.userWithSeededRoleInTeam(role.getKey(), team)
						: this.accounts.userWithSeededRole(role.getKey());
				for (String language : List.of("zh-CN", "en")) {
					Page page = browser.newPage(language);
					browser.login(page, user, TestAccounts.PASSWORD);
					String suffix = role.getKey().toLowerCase(java.util.Locale.ROOT) + "-" + language;
					browser.check(page, "start-" + suffix);
					for (String report : role.getValue()) {
						page.navigate(browser.url(report));
						browser.check(page, "page" + report.replaceAll("[/?=]", "-") + "-" + suffix);
					}
				}
			}
		}
	}

}
