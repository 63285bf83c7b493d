package com.custodia.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.custodia.clients.ClientFixtures;
import com.custodia.complaints.ComplaintEnums;
import com.custodia.complaints.Complaints;
import com.custodia.ledger.Currency;
import com.custodia.ledger.PropertyLedger;
import com.custodia.ledger.PropertyType;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every report narrowed to a team or an RM: the figures of just their clients, the filter offered only within the
 * reader's scope (a team or RM outside it is not found), and the CSV and PDF saying whom they cover, each audited.
 */
@CustodiaIntegrationTest
class ReportFiltersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	PropertyLedger ledger;

	@Autowired
	Complaints complaints;

	@Autowired
	JdbcTemplate jdbc;

	long team;

	String first;

	String second;

	String compliance;

	@BeforeEach
	void twoRmsOfOneTeam() {
		this.team = this.accounts.team();
		this.first = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.team);
		this.second = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.team);
		this.compliance = this.accounts.userWithSeededRole("COMPLIANCE_OFFICER");
		holding(this.first, "筛选报表甲客户", "1000000.00");
		long complainer = holding(this.second, "筛选报表乙客户", "2500000.00");
		CurrentUser cs = this.clients.user(this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		this.complaints.intake(cs, new Complaints.Intake(complainer, "筛选报表乙客户", "13800003333",
				ComplaintEnums.Channel.PHONE, ComplaintEnums.Category.PRIVACY, ComplaintEnums.Severity.LOW, "报表筛选", null,
				null));
	}

	@Test
	void eachReportNarrowedToATeamOrAnRmCountsOnlyTheirClients() throws Exception {
		MockHttpSession session = Login.as(this.mvc, this.compliance);
		long secondId = this.accounts.idOf(this.second);
		assertThat(total(session, "team", this.team)).isEqualTo("CNY 3,500,000.00");
		assertThat(total(session, "rm", this.accounts.idOf(this.first))).isEqualTo("CNY 1,000,000.00");
		assertThat(total(session, "rm", secondId)).isEqualTo("CNY 2,500,000.00");

		Document complaintsOfSecond = page(session, "/complaints/report?rm=" + secondId);
		assertThat(complaintsOfSecond.selectFirst("#report-received").text()).isEqualTo("1");
		assertThat(page(session, "/complaints/report?rm=" + this.accounts.idOf(this.first))
			.selectFirst("#report-received").text()).isEqualTo("0");

		Document service = page(session, "/tiering/report?team=" + this.team);
		assertThat(service.select("#service-report tr.team-total")).hasSize(1);
		assertThat(service.select("#service-report tr.rm-line")).hasSize(2);
		assertThat(service.select("#service-report tr.team-total td").first().text()).isEqualTo("2");
		assertThat(page(session, "/tiering/report?rm=" + secondId).select("#service-report tr.rm-line")).hasSize(1);

		Document suitability = page(session, "/risk/report?team=" + this.team);
		assertThat(suitability.selectFirst("#suitability-holding").text()).isEqualTo("0");
		assertThat(suitability.select("select#team option[selected]").text()).isEqualTo("Team " + code());
	}

	@Test
	void withoutAFilterAFirmWideReaderSeesTheWholeFirm() throws Exception {
		MockHttpSession session = Login.as(this.mvc, this.compliance);
		BigDecimal firm = amount(page(session, "/ledger/report").selectFirst("#report-total strong").text());
		assertThat(firm).isGreaterThan(amount(total(session, "team", this.team)));
		long received = Long.parseLong(page(session, "/complaints/report").selectFirst("#report-received").text());
		assertThat(received).isGreaterThanOrEqualTo(1);
		for (String report : new String[] { "/ledger/report", "/risk/report", "/tiering/report", "/complaints/report" }) {
			page(session, report);
			this.mvc.perform(get(report + ".csv").session(session)).andExpect(status().isOk());
		}
	}

	private static BigDecimal amount(String text) {
		return new BigDecimal(text.replace("CNY", "").replace(",", "").strip());
	}

	@Test
	void aLeadPicksOnlyAmongTheirTeamAndAnythingElseIsNotFound() throws Exception {
		String lead = this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", this.team);
		MockHttpSession session = Login.as(this.mvc, lead);
		Document report = page(session, "/tiering/report");
		assertThat(report.select("select#rm option").eachText()).hasSize(3)
			.contains(displayName(this.first), displayName(this.second));
		assertThat(report.select("select#team")).as("one team: nothing to pick").isEmpty();
		String stranger = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		this.clients.individual(stranger, "别队客户");
		this.mvc.perform(get("/tiering/report").param("rm", String.valueOf(this.accounts.idOf(stranger))).session(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/tiering/report.csv").param("team", String.valueOf(this.accounts.team())).session(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/tiering/report").param("rm", "not-a-number").session(session)).andExpect(status().isOk());
		MockHttpSession rm = Login.as(this.mvc, this.first);
		this.mvc.perform(get("/tiering/report").session(rm)).andExpect(status().isForbidden());
	}

	@Test
	void theDownloadsSayWhomTheyCoverAndAreAudited() throws Exception {
		MockHttpSession session = Login.as(this.mvc, this.compliance);
		String rm = String.valueOf(this.accounts.idOf(this.second));
		String csv = new String(this.mvc.perform(get("/ledger/report.csv").param("rm", rm).param("lang", "en")
			.session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("Covers," + displayName(this.second)).contains("2500000.00");
		for (String report : new String[] { "/ledger/report", "/risk/report", "/tiering/report", "/complaints/report" }) {
			byte[] pdf = this.mvc.perform(get(report + ".pdf").param("rm", rm).param("lang", "zh-CN").session(session))
				.andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse()
				.getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).as(report).contains("华信财富管理有限公司")
					.contains("范围: " + displayName(this.second)).contains("打印于");
			}
		}
		assertThat(this.jdbc.queryForList("select action from audit_event where actor_username = ? and detail like 'pdf %'"
				+ " and detail like ?", String.class, this.compliance, "%" + displayName(this.second)))
			.containsExactlyInAnyOrder("PROPERTY_REPORT_EXPORTED", "SUITABILITY_REPORT_EXPORTED", "SERVICE_REPORT_EXPORTED",
					"COMPLAINT_REPORT_EXPORTED");
	}

	private long holding(String owner, String name, String amount) {
		long client = this.clients.individual(owner, name);
		this.ledger.register(this.clients.user(owner), client, new PropertyLedger.Registration(PropertyType.CASH, "现金",
				"筛选报表银行", "上海", Currency.CNY, new BigDecimal(amount), null, null));
		return client;
	}

	private String total(MockHttpSession session, String filter, long id) throws Exception {
		return page(session, "/ledger/report?" + filter + "=" + id).selectFirst("#report-total strong").text();
	}

	private String code() {
		return this.jdbc.queryForObject("select code from access_team where id = ?", String.class, this.team);
	}

	private String displayName(String username) {
		return this.jdbc.queryForObject("select display_name from access_user where username = ?", String.class, username);
	}

	private Document page(MockHttpSession session, String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).param("lang", "en").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
