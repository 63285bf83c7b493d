package com.custodia.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientFixtures;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The property report: figures at a day against known property, its CSV and PDF (audited), and who may read it. */
@CustodiaIntegrationTest
class PropertyReportIntegrationTests {

	@Autowired
	PropertyReport report;

	@Autowired
	PropertyLedger ledger;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theReportAddsUpKnownPropertyByCustodianAndCurrencyAndOnlyItsReadersGetIt() throws Exception {
		String rmName = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		CurrentUser rm = this.clients.user(rmName);
		long client = this.clients.individual(rmName, "财产报表客户");
		String custodian = "报表专用银行 " + System.nanoTime();
		this.ledger.register(rm, client, new PropertyLedger.Registration(PropertyType.CASH, "现金", custodian, "上海",
				Currency.CNY, new BigDecimal("100000.00"), null, null));
		long dollars = this.ledger.register(rm, client, new PropertyLedger.Registration(PropertyType.DEPOSIT, "美元存款",
				custodian, "上海", Currency.USD, new BigDecimal("1000.00"), null, null));
		this.ledger.submit(rm, dollars, new PropertyLedger.Movement(EntryKind.WITHDRAWAL, new BigDecimal("-400.00"), null,
				null, "支取"));
		LocalDate today = this.clients.service().today();
		BigDecimal usd = this.jdbc.queryForObject("select in_base from ledger_rate where currency = 'USD' and valid_from "
				+ "<= ? order by valid_from desc limit 1", BigDecimal.class, today);
		String financeName = this.accounts.userWithSeededRole("FINANCE_OFFICER");
		CurrentUser finance = this.clients.user(financeName);
		PropertyReport.Figures figures = this.report.of(finance, BookFilter.NONE, today);
		BigDecimal expected = new BigDecimal("100000.00").add(new BigDecimal("600.00").multiply(usd))
			.setScale(2, java.math.RoundingMode.HALF_UP);
		assertThat(figures.byCustodian().get(custodian)).isEqualByComparingTo(expected);
		assertThat(this.report.of(finance, BookFilter.NONE, today.minusDays(1)).byCustodian()).as("nothing there yesterday")
			.doesNotContainKey(custodian);

		MockHttpSession session = Login.as(this.mvc, financeName);
		assertThat(page(get("/reports").param("lang", "en"), session)).contains("/ledger/report").contains("Property report");
		String csv = new String(this.mvc.perform(get("/ledger/report.csv").param("lang", "en").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFSection,Item,Value (CNY)").contains(custodian);
		byte[] pdf = this.mvc.perform(get("/ledger/report.pdf").param("lang", "zh-CN").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("财产报表").contains(custodian)
				.contains("华信财富管理有限公司");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'PROPERTY_REPORT_EXPORTED' "
				+ "and actor_username = ?", Long.class, financeName)).isEqualTo(2);
		MockHttpSession rmSession = Login.as(this.mvc, rmName);
		this.mvc.perform(get("/ledger/report").session(rmSession)).andExpect(status().isForbidden());
		assertThat(page(get("/reports").param("lang", "en"), rmSession)).doesNotContain("/ledger/report")
			.contains("No report is open to your role");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			MockHttpSession session) throws Exception {
		return this.mvc.perform(request.session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
