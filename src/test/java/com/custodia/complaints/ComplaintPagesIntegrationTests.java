package com.custodia.complaints;

import java.nio.charset.StandardCharsets;

import com.custodia.clients.ClientFixtures;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The complaint pages: intake with problems at their fields, a refused step in its own form, scope and permissions. */
@CustodiaIntegrationTest
class ComplaintPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void customerServiceTakesInAComplaintAndItsRmSeesItButNoOtherRm() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long client = this.clients.individual(rm, "投诉页面客户");
		String code = this.jdbc.queryForObject("select code from clients_client where id = ?", String.class, client);
		MockHttpSession cs = Login.as(this.mvc, this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		String refused = page(post("/complaints/new").param("clientCode", "C1999-999999").param("description", " ")
			.param("lang", "en"), cs);
		assertThat(refused).contains("id=\"clientCode-errors\"").contains("No single client with this code or name")
			.contains("value=\"C1999-999999\"");
		String location = record(code.toLowerCase(), cs);
		String detail = page(get(location).param("lang", "en"), cs);
		assertThat(detail).contains("投诉页面客户").contains("Received").contains("Acknowledge");
		String skipped = page(post(location + "/decision").param("finding", "UPHELD").param("reply", "x")
			.param("lang", "en"), cs);
		assertThat(skipped).contains("That step does not follow from where the complaint stands");
		String noFacts = page(post(location + "/pause").param("note", "").param("lang", "en"), cs);
		assertThat(noFacts).contains("Only an investigation that runs can be paused");

		MockHttpSession owner = Login.as(this.mvc, rm);
		assertThat(page(get("/clients/" + client + "/complaints").param("lang", "en"), owner)).contains(location);
		assertThat(page(get("/").param("lang", "en"), owner)).contains("id=\"complaints-due\"").contains(location);
		MockHttpSession other = Login.as(this.mvc,
				this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		expect(404, get(location), other);
		expect(404, post(location + "/acknowledge"), other);
		MockHttpSession finance = Login.as(this.mvc, this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		expect(403, get("/complaints"), finance);
		expect(403, get("/complaints/report"), owner);
		expect(403, post(location + "/acknowledge"), owner);
		String complianceName = this.accounts.userWithSeededRole("COMPLIANCE_OFFICER");
		MockHttpSession compliance = Login.as(this.mvc, complianceName);
		assertThat(page(get("/complaints/report").param("lang", "en"), compliance)).contains("id=\"report-received\"");
		assertThat(page(get("/complaints").param("from", "abc").param("lang", "en"), compliance)).contains(location);
		assertThat(page(get("/complaints/report").param("from", "2026-12-31").param("to", "2026-01-01"), compliance))
			.contains("value=\"2026-01-01\"").contains("value=\"2026-12-31\"");
		byte[] csv = this.mvc.perform(get("/complaints/report.csv").param("lang", "en").session(compliance))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFSection,Item,Value").contains("Fees");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'COMPLAINT_REPORT_EXPORTED' "
				+ "and actor_username = ?", Long.class, complianceName)).isEqualTo(1);
		// Every showing of the detail is a read: the page, and the two refused steps that showed it again.
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'COMPLAINT_VIEWED' "
				+ "and target_id = ?", Long.class, location.substring("/complaints/".length()))).isEqualTo(3);
	}

	@Test
	void aComplaintMovesWithItsClientsBookToAnotherTeamsRmAndLead() throws Exception {
		String leaving = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long otherTeam = this.accounts.team();
		String taking = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", otherTeam);
		MockHttpSession lead = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", otherTeam));
		long client = this.clients.individual(leaving, "随客户移交的投诉");
		String location = record(this.jdbc.queryForObject("select code from clients_client where id = ?", String.class,
				client), Login.as(this.mvc, this.accounts.userWithSeededRole("CUSTOMER_SERVICE")));
		MockHttpSession before = Login.as(this.mvc, leaving);
		assertThat(page(get("/").param("lang", "en"), before)).contains(location);
		MockHttpSession after = Login.as(this.mvc, taking);
		expect(404, get(location), after);
		assertThat(page(get("/complaints").param("lang", "en"), lead)).doesNotContain(location);

		this.mvc.perform(post("/admin/books").param("fromOwnerId", String.valueOf(this.accounts.idOf(leaving)))
			.param("toOwnerId", String.valueOf(this.accounts.idOf(taking))).param("reason", "客户经理离职")
			.with(csrf()).session(Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"))))
			.andExpect(status().is3xxRedirection());
		expect(404, get(location), before);
		assertThat(page(get("/").param("lang", "en"), before)).doesNotContain(location);
		assertThat(page(get("/").param("lang", "en"), after)).contains("id=\"complaints-due\"").contains(location);
		assertThat(page(get("/complaints").param("lang", "en"), lead)).contains(location);
		assertThat(page(get("/").param("lang", "en"), lead)).contains(location);
	}

	@Test
	void anAttachmentFollowsTheDocumentRulesAndEachDownloadIsAudited() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long client = this.clients.individual(rm, "投诉附件客户");
		String code = this.jdbc.queryForObject("select code from clients_client where id = ?", String.class, client);
		MockHttpSession cs = Login.as(this.mvc, this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		// The client by name, as customer service hears it on the phone: one client matches.
		String location = this.mvc.perform(post("/complaints/new").param("clientCode", "投诉附件客户").param("channel", "LETTER")
			.param("category", "OTHER").param("severity", "LOW").param("description", "客户来信")
			.with(csrf()).session(cs)).andReturn().getResponse().getRedirectedUrl();
		String refused = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart(location + "/attachments").file(new org.springframework.mock.web.MockMultipartFile("file",
					"letter.txt", "text/plain", "not a pdf".getBytes(StandardCharsets.UTF_8)))
			.param("lang", "en").with(csrf()).session(cs)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("aria-invalid=\"true\"");
		byte[] pdf = "%PDF-1.4\n客户来信扫描件\n%%EOF".getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(location + "/attachments")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "来信.pdf", "application/pdf", pdf))
			.with(csrf()).session(cs)).andExpect(status().is3xxRedirection());
		long attachment = this.jdbc.queryForObject("select id from complaints_attachment where complaint_id = ?", Long.class,
				Long.parseLong(location.substring("/complaints/".length())));
		assertThat(page(get(location), cs)).contains("来信.pdf");
		assertThat(page(get("/complaints").param("clientText", code), cs)).contains(location);
		assertThat(page(get("/complaints").param("clientText", "没有这个客户"), cs)).doesNotContain(location);
		byte[] downloaded = this.mvc.perform(get(location + "/attachments/" + attachment).session(cs))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		MockHttpSession other = Login.as(this.mvc,
				this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		expect(404, get(location + "/attachments/" + attachment), other);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = "
				+ "'COMPLAINT_ATTACHMENT_DOWNLOADED' and client_id = ?", Long.class, client)).isEqualTo(1);
	}

	/** Customer service records a complaint about the client with this code; answers the complaint's address. */
	private String record(String clientCode, MockHttpSession cs) throws Exception {
		String location = this.mvc.perform(post("/complaints/new").param("clientCode", clientCode)
			.param("channel", "PHONE").param("category", "FEES").param("severity", "HIGH")
			.param("description", "客户认为管理费多收").with(csrf()).session(cs)).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/complaints/[0-9]+");
		return location;
	}

	private void expect(int status, MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		this.mvc.perform(request.with(csrf()).session(session)).andExpect(status().is(status));
	}

	private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return this.mvc.perform(request.with(csrf()).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
