package com.custodia.clients;

import java.util.List;

import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.QueryCounter;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The client list costs the same number of SQL statements for a book of 10 clients as for one of 1,000. */
@CustodiaIntegrationTest
class ClientListQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	QueryCounter counter;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theListRunsAsManyStatementsForTenClientsAsForAThousand() throws Exception {
		String small = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		String large = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		book(small, 10);
		book(large, 1000);
		long ten = statements(Login.as(this.mvc, small), "/clients");
		List<String> tenSql = this.counter.sql();
		long thousand = statements(Login.as(this.mvc, large), "/clients");
		// A first page that is not full needs no count query (Spring Data knows the total), hence at most one more.
		assertThat(thousand).as(String.join("\n", this.counter.sql())).isBetween(ten, ten + 1).isLessThanOrEqualTo(6);
		long searched = statements(Login.as(this.mvc, large), "/clients?q=批&sort=financialAssets,desc&status=ACTIVE&page=3");
		assertThat(searched).as(String.join("\n", tenSql)).isEqualTo(thousand);
	}

	@Test
	void aDeepPageShowsExactlyItsSliceOfTheOrderedList() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		book(rm, 1000);
		String page = this.mvc.perform(get("/clients?sort=financialAssets,desc&page=3").session(Login.as(this.mvc, rm)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> names = java.util.regex.Pattern.compile(">(批量客户\\d+)<").matcher(page).results()
			.map((match) -> match.group(1)).toList();
		// Assets are 1,000 yuan times the number: page 4 (from 0: 3) at 20 a page holds numbers 940 down to 921.
		assertThat(names).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(0, 19)
			.mapToObj((i) -> "批量客户" + (940 - i)).toList());
	}

	@Test
	void everyPageIsItsExactSliceEitherWayRoundThePagesOfTheSecondHalfReadFromTheFarEnd() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		book(rm, 1010);
		// Five without assets, which sort after everyone else whichever way: 51 pages, the last with 15.
		book(rm, 2001, 5);
		this.jdbc.update("update clients_client set financial_assets = null where owner_id = ? and financial_assets > ?",
				this.accounts.idOf(rm), 1010 * 1000);
		MockHttpSession session = Login.as(this.mvc, rm);
		List<String> descending = new java.util.ArrayList<>();
		java.util.stream.IntStream.iterate(1010, (n) -> n - 1).limit(1010).forEach((n) -> descending.add("批量客户" + n));
		java.util.stream.IntStream.iterate(2005, (n) -> n - 1).limit(5).forEach((n) -> descending.add("批量客户" + n));
		List<String> ascending = new java.util.ArrayList<>();
		java.util.stream.IntStream.rangeClosed(1, 1010).forEach((n) -> ascending.add("批量客户" + n));
		java.util.stream.IntStream.rangeClosed(2001, 2005).forEach((n) -> ascending.add("批量客户" + n));
		for (int page : new int[] { 0, 3, 25, 26, 40, 49, 50, 51 }) {
			List<String> expected = descending.subList(Math.min(page * 20, 1015), Math.min(page * 20 + 20, 1015));
			assertThat(names(session, "/clients?sort=financialAssets,desc&page=" + page)).as("page %d, most first", page)
				.containsExactlyElementsOf(expected);
			assertThat(names(session, "/clients?sort=financialAssets&page=" + page)).as("page %d, least first", page)
				.containsExactlyElementsOf(ascending.subList(Math.min(page * 20, 1015), Math.min(page * 20 + 20, 1015)));
		}
	}

	@Test
	void theFirmsAndATeamsPagesAreTheirExactSlicesOnBothSidesOfTheMiddle() throws Exception {
		long team = this.accounts.team();
		book(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team), 1, 130);
		book(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team), 501, 125);
		// The firm unfiltered takes its total from the kept count, a team's list from a count: both place late pages.
		MockHttpSession compliance = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		slices(compliance, "/clients?sort=financialAssets,desc",
				"select id from clients_client order by financial_assets desc nulls last, id desc");
		slices(compliance, "/clients", "select id from clients_client order by name, id");
		MockHttpSession lead = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team));
		slices(lead, "/clients?sort=code", "select id from clients_client where team_id = " + team + " order by code, id");
		slices(lead, "/clients?sort=createdAt,desc",
				"select id from clients_client where team_id = " + team + " order by created_at desc, id desc");
	}

	/** Pages on both sides of the list's middle, the first and the last show exactly their 20 of the ordered ids. */
	private void slices(MockHttpSession session, String url, String orderedIds) throws Exception {
		List<Long> all = this.jdbc.queryForList(orderedIds, Long.class);
		int last = (all.size() - 1) / 20;
		assertThat(last).as("enough pages to have two halves").isGreaterThan(10);
		for (int page : new int[] { 0, 1, last / 2 - 1, last / 2, last / 2 + 1, last - 1, last }) {
			String html = html(session, url + (url.contains("?") ? "&" : "?") + "page=" + page);
			List<Long> shown = java.util.regex.Pattern.compile("<td class=\"text-nowrap\"><a href=\"/clients/(\\d+)\"")
				.matcher(html).results().map((match) -> Long.valueOf(match.group(1))).toList();
			assertThat(shown).as("%s page %d of %d", url, page, last + 1)
				.containsExactlyElementsOf(all.subList(page * 20, Math.min(page * 20 + 20, all.size())));
		}
	}

	private List<String> names(MockHttpSession session, String url) throws Exception {
		return java.util.regex.Pattern.compile(">(批量客户\\d+)<").matcher(html(session, url)).results()
			.map((match) -> match.group(1)).toList();
	}

	private String html(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void theWholeFirmUnfilteredShowsHowManyClientsTheFirmHasWithoutCountingThem() throws Exception {
		String compliance = this.accounts.userWithSeededRole("COMPLIANCE_OFFICER");
		MockHttpSession session = Login.as(this.mvc, compliance);
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		for (int size : new int[] { 0, 30, 120 }) {
			if (size < 120) {
				book(rm, size);
			}
			else {
				// One client at a time, as onboarding adds them: past a hundred deltas the total is folded.
				for (int i = 0; i < size; i++) {
					book(rm, 1000 + i, 1);
				}
				assertThat(this.jdbc.queryForObject("select count(*) from clients_firm_count", Long.class))
					.as("the deltas were folded (each statement above added one)").isLessThan((long) size);
			}
			long firm = this.jdbc.queryForObject("select count(*) from clients_client", Long.class);
			this.counter.reset();
			String page = this.mvc.perform(get("/clients?page=1").session(session).locale(java.util.Locale.ENGLISH))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(page).as("the pager's total after adding %d clients", size)
				.contains(String.format(java.util.Locale.ENGLISH, "%,d in all", firm));
			assertThat(this.counter.sql()).noneMatch((sql) -> sql.toLowerCase(java.util.Locale.ROOT).contains("count("));
		}
		String filtered = this.mvc.perform(get("/clients?status=ACTIVE&page=1").session(session).locale(java.util.Locale.ENGLISH))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(filtered).contains(String.format(java.util.Locale.ENGLISH, "%,d in all",
				this.jdbc.queryForObject("select count(*) from clients_client where status = 'ACTIVE'", Long.class)));
	}

	/** Inserts a book of clients straight into the table: the list's cost, not onboarding, is under test. */
	private void book(String owner, int size) {
		book(owner, 1, size);
	}

	/** {@code size} clients numbered from {@code first}. */
	private void book(String owner, int first, int size) {
		long ownerId = this.accounts.idOf(owner);
		Long teamId = this.jdbc.queryForObject("select team_id from access_user where id = ?", Long.class, ownerId);
		this.jdbc.update("""
				insert into clients_client (code, kind, name, status, segment, owner_id, team_id, mobile_phone, financial_assets)
				select 'Q' || ? || '-' || g, 'INDIVIDUAL', '批量客户' || g, 'ACTIVE', 'INDIVIDUAL_ORDINARY', ?, ?,
				       '138' || lpad(g::text, 8, '0'), g * 1000
				from generate_series(?, ?) g""", ownerId, ownerId, teamId, first, first + size - 1);
	}

	private long statements(MockHttpSession session, String url) throws Exception {
		this.counter.reset();
		this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
		return this.counter.statements();
	}

}
