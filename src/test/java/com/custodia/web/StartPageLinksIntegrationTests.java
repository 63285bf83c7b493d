package com.custodia.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every count on a start page is a promise about the page it links to: following the link, the list there holds that
 * many items (counted row by row, page after page, as a user would). Run as the demo users on the demo data, so the
 * RM's, their lead's and the firm-wide roles' figures are real and differ by scope.
 */
@CustodiaIntegrationTest
class StartPageLinksIntegrationTests {

	private static final String DEMO_PASSWORD = "Custodia#2026";

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

	@Autowired
	MockMvc mvc;

	@Test
	void anRmsCountsLeadToListsOfThatManyAndDifferFromTheirLeads() throws Exception {
		MockHttpSession rm = Login.as(this.mvc, "rm1", DEMO_PASSWORD);
		Map<String, Long> rmCounts = linkedCounts(rm, "#risk-due", "#service-due-all", "#ledger-mine-pending",
				"#ledger-mine-rejected", "#book-tiers a", "#book-risk a");
		MockHttpSession lead = Login.as(this.mvc, "lead1", DEMO_PASSWORD);
		Map<String, Long> leadCounts = linkedCounts(lead, "#service-due-all", "#ledger-to-approve", "#book-tiers a",
				"#book-risk a", "#tiering-overrides");
		assertThat(rmCounts.get("/tiering/service-due")).as("the lead's team holds more than one RM's book")
			.isLessThan(leadCounts.get("/tiering/service-due"));
		assertThat(sumOf(rmCounts, "/clients?tier=")).isPositive().isLessThan(sumOf(leadCounts, "/clients?tier="));
	}

	@Test
	void theFirmWideRolesCountsLeadToListsOfThatMany() throws Exception {
		Map<String, Long> risk = linkedCounts(Login.as(this.mvc, "risk1", DEMO_PASSWORD), "#risk-due", "#risk-reviews",
				"#risk-c5", "#risk-interview", "#risk-lapsed", "#ledger-alerts");
		linkedCounts(Login.as(this.mvc, "compliance1", DEMO_PASSWORD), "#risk-reviews", "#complaints-by-category a");
		linkedCounts(Login.as(this.mvc, "finance1", DEMO_PASSWORD), "#ledger-to-approve");
		linkedCounts(Login.as(this.mvc, "auditor1", DEMO_PASSWORD), "#audit-denied", "#audit-failed");
		linkedCounts(Login.as(this.mvc, "admin", DEMO_PASSWORD), "#admin-locked", "#admin-disabled");
		Map<String, Long> rm = linkedCounts(Login.as(this.mvc, "rm1", DEMO_PASSWORD), "#risk-due");
		assertThat(risk.get("/risk/expiring")).as("the firm's re-assessments due are more than one RM's")
			.isGreaterThan(rm.get("/risk/expiring"));
	}

	@Test
	void complianceSeesOverdueAndSoonDueComplaintsAsTheDueListHoldsThem() throws Exception {
		MockHttpSession compliance = Login.as(this.mvc, "compliance1", DEMO_PASSWORD);
		Document start = page(compliance, "/");
		Element due = start.selectFirst("#complaints-due");
		assertThat(due).isNotNull();
		long promised = due.select(".badge").stream().mapToLong((badge) -> number(badge.text())).sum();
		assertThat(listed(compliance, start.selectFirst("#complaints-due-list").attr("href"))).isEqualTo(promised);
	}

	/**
	 * For each selector, every matching link on the user's start page: the number it shows (in its text, or for a link
	 * in a table row, in the row's first number cell) against the items listed where it leads. Returns the counts by
	 * link.
	 */
	private Map<String, Long> linkedCounts(MockHttpSession session, String... selectors) throws Exception {
		Document start = page(session, "/");
		Map<String, Long> counts = new LinkedHashMap<>();
		List<String> checked = new ArrayList<>();
		for (String selector : selectors) {
			List<Element> links = start.select(selector);
			assertThat(links).as("start page link " + selector).isNotEmpty();
			for (Element link : links) {
				long promised = promised(link);
				String href = link.attr("href");
				assertThat(listed(session, href)).as(selector + " -> " + href + " shows " + promised).isEqualTo(promised);
				counts.put(href, promised);
				checked.add(href);
			}
		}
		assertThat(checked).isNotEmpty();
		return counts;
	}

	private static long promised(Element link) {
		Element row = link.closest("tr");
		if (row != null) {
			Element cell = row.selectFirst("td");
			return number(cell.text());
		}
		// "No exception awaits review": a promise of none.
		return NUMBER.matcher(link.text()).find() ? number(link.text()) : 0;
	}

	/** The items the list at {@code href} holds, counted row by row over every page (next page, or older events). */
	private long listed(MockHttpSession session, String href) throws Exception {
		long rows = 0;
		String next = href;
		for (int pages = 0; next != null; pages++) {
			assertThat(pages).as("pages of " + href).isLessThan(200);
			Document list = page(session, next);
			// The list is the page's first table, unless its "nothing here" notice comes first.
			Element first = list.selectFirst("main table, main p.fst-italic");
			rows += (first == null || !first.tagName().equals("table")) ? 0 : first.select("tbody tr").size();
			Element more = list.selectFirst("ul.pagination li.page-item:last-child:not(.disabled) a.page-link");
			if (more == null) {
				more = list.selectFirst("main a[href*='before=']");
			}
			next = (more != null) ? more.attr("href") : null;
		}
		return rows;
	}

	private Document page(MockHttpSession session, String href) throws Exception {
		String html = this.mvc.perform(get(href).param("lang", "en").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html, "http://localhost" + href);
	}

	private static long number(String text) {
		Matcher matcher = NUMBER.matcher(text);
		assertThat(matcher.find()).as("a number in \"" + text + "\"").isTrue();
		return Long.parseLong(matcher.group().replace(",", ""));
	}

	private static long sumOf(Map<String, Long> counts, String prefix) {
		return counts.entrySet().stream().filter((e) -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue)
			.sum();
	}

}
