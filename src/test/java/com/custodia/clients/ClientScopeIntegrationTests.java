package com.custodia.clients;

import com.custodia.clients.documents.ClientDocuments;
import com.custodia.clients.documents.DocumentCategory;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data scope: an RM sees their own clients, a team lead the team's, compliance everyone's read-only; outside the
 * scope a client answers 404 on every URL and is absent from lists, search and exports.
 */
@CustodiaIntegrationTest
class ClientScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures fixtures;

	@Autowired
	ClientDocuments documents;

	String rmA;

	String rmB;

	String lead;

	String rmC;

	long clientOfA;

	long clientOfB;

	String tag;

	@BeforeEach
	void twoTeams() {
		long east = this.accounts.team();
		long north = this.accounts.team();
		this.rmA = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", east);
		this.rmB = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", east);
		this.lead = this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", east);
		this.rmC = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", north);
		this.tag = "范围" + Long.toString(System.nanoTime() % 100000, 36);
		this.clientOfA = this.fixtures.individual(this.rmA, this.tag + "甲");
		this.clientOfB = this.fixtures.individual(this.rmB, this.tag + "乙");
	}

	@Test
	void rmGetsNotFoundOnEveryUrlOfAnotherRmsClient() throws Exception {
		MockHttpSession a = Login.as(this.mvc, this.rmA);
		long document = this.documents.upload(this.fixtures.user(this.rmB), this.clientOfB, DocumentCategory.CONTRACT,
				"合同.pdf", null, "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
		long id = this.clientOfB;
		for (AbstractMockHttpServletRequestBuilder<?> request : List.<AbstractMockHttpServletRequestBuilder<?>>of(get("/clients/" + id), get("/clients/" + id + "/edit"),
				get("/clients/" + id + "/contacts"), get("/clients/" + id + "/documents"),
				get("/clients/" + id + "/documents/" + document), get("/clients/" + id + "/history"),
				post("/clients/" + id + "/edit").param("name", "x").with(csrf()),
				post("/clients/" + id + "/status").param("version", "0").param("status", "DORMANT").with(csrf()),
				post("/clients/" + id + "/close").param("version", "0").param("reason", "x").with(csrf()),
				post("/clients/" + id + "/reveal-id-number").with(csrf()),
				post("/clients/" + id + "/contacts").param("kind", "CALL").param("contactedOn", "2026-01-01")
					.param("summary", "x").with(csrf()),
				multipart("/clients/" + id + "/documents").file("file", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
					.param("category", "CONTRACT").with(csrf()))) {
			this.mvc.perform(request.session(a)).andExpect(status().isNotFound());
		}
		String list = page(a, "/clients?q=" + this.tag);
		assertThat(list).contains(this.tag + "甲").doesNotContain(this.tag + "乙");
		assertThat(export(a, "/clients/export.csv?q=" + this.tag)).contains(this.tag + "甲").doesNotContain(this.tag + "乙");
	}

	@Test
	void teamLeadSeesAndEditsTheWholeTeamAndAnRmOfAnotherTeamSeesNeither() throws Exception {
		MockHttpSession lead = Login.as(this.mvc, this.lead);
		assertThat(page(lead, "/clients?q=" + this.tag)).contains(this.tag + "甲").contains(this.tag + "乙");
		this.mvc.perform(get("/clients/" + this.clientOfB + "/edit").session(lead)).andExpect(status().isOk());

		MockHttpSession other = Login.as(this.mvc, this.rmC);
		assertThat(page(other, "/clients?q=" + this.tag)).doesNotContain(this.tag + "甲").doesNotContain(this.tag + "乙");
		this.mvc.perform(get("/clients/" + this.clientOfA).session(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/" + this.clientOfB).session(other)).andExpect(status().isNotFound());
	}

	@Test
	void aLeadNarrowsTheTeamsListToOneRmChosenInTheOwnerFilterAndAnRmHasNoSuchFilter() throws Exception {
		MockHttpSession lead = Login.as(this.mvc, this.lead);
		String rmB = Long.toString(this.accounts.idOf(this.rmB));
		String list = page(lead, "/clients?q=" + this.tag + "&owner=" + rmB);
		assertThat(list).contains(this.tag + "乙").doesNotContain(this.tag + "甲");
		Elements options = Jsoup.parse(list).select("select#owner option");
		assertThat(options.eachAttr("value")).contains("", Long.toString(this.accounts.idOf(this.rmA)), rmB)
			.doesNotContain(Long.toString(this.accounts.idOf(this.rmC)));
		assertThat(options.select("[selected]").eachAttr("value")).containsExactly(rmB);
		assertThat(Jsoup.parse(page(lead, "/clients?owner=x")).select("select#owner option[selected]"))
			.isEmpty();
		assertThat(Jsoup.parse(page(Login.as(this.mvc, this.rmA), "/clients")).select("select#owner")).isEmpty();
	}

	@Test
	void complianceReadsEveryClientButCannotChangeOne() throws Exception {
		MockHttpSession compliance = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		assertThat(page(compliance, "/clients?q=" + this.tag)).contains(this.tag + "甲").contains(this.tag + "乙");
		this.mvc.perform(get("/clients/" + this.clientOfA).session(compliance)).andExpect(status().isOk());
		this.mvc.perform(get("/clients/" + this.clientOfA + "/history").session(compliance)).andExpect(status().isOk());
		this.mvc.perform(get("/clients/" + this.clientOfA + "/edit").session(compliance)).andExpect(status().isForbidden());
		this.mvc.perform(post("/clients/" + this.clientOfA + "/edit").param("name", "改名").with(csrf()).session(compliance))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/clients/" + this.clientOfA + "/close").param("version", "0").param("reason", "x")
			.with(csrf()).session(compliance)).andExpect(status().isForbidden());
		this.mvc.perform(get("/clients/new").session(compliance)).andExpect(status().isForbidden());
		assertThat(page(compliance, "/clients/" + this.clientOfA)).doesNotContain("/clients/" + this.clientOfA + "/edit");
	}

	@Test
	void anAdminSeesNoClientDataUnlessARoleGrantsIt() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.userWithSeededRole("ADMIN"));
		this.mvc.perform(get("/clients").session(admin)).andExpect(status().isForbidden());
		this.mvc.perform(get("/clients/" + this.clientOfA).session(admin)).andExpect(status().isForbidden());
		this.mvc.perform(get("/clients/export.csv").session(admin)).andExpect(status().isForbidden());
		assertThat(page(admin, "/admin/books")).doesNotContain(this.tag);
	}

	@Test
	void theCareListShowsTheComingWeeksBirthdaysOfOnesOwnClients() throws Exception {
		ClientService service = this.fixtures.service();
		java.time.LocalDate tomorrow = service.today().plusDays(1);
		java.time.LocalDate born = tomorrow.minusYears(40);
		if (born.getMonthValue() == 2 && born.getDayOfMonth() == 29) {
			born = born.minusDays(1);
		}
		service.create(this.fixtures.user(this.rmA), ClientFixtures.individualProfile(this.tag + "寿星", born, "13700001111"),
				ClientStatus.ACTIVE, null);
		assertThat(page(Login.as(this.mvc, this.rmA), "/")).contains("未来 7 天生日").contains(this.tag + "寿星");
		assertThat(page(Login.as(this.mvc, this.rmC), "/")).doesNotContain(this.tag + "寿星");
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String export(MockHttpSession session, String url) throws Exception {
		var result = this.mvc.perform(get(url).session(session)).andReturn();
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
			.andExpect(status().isOk());
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
