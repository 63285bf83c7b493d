package com.custodia.clients;

import com.custodia.clients.documents.DocumentCategory;

import java.nio.charset.StandardCharsets;

import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sensitive fields: the ID number is masked for everyone until revealed (and the reveal is audited); phone, email and
 * address are masked for roles without the contact permission, on the page, in the list and in the export alike.
 */
@CustodiaIntegrationTest
class ClientMaskingIntegrationTests {

	private static final String PHONE = "13987654321";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	String rm;

	long client;

	String idNumber;

	String tag;

	@BeforeEach
	void aClientWithContactData() {
		this.rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		this.tag = "脱敏" + Long.toString(System.nanoTime() % 100000, 36);
		this.client = this.fixtures.service().create(this.fixtures.user(this.rm),
				ClientFixtures.individualProfile(this.tag, java.time.LocalDate.of(1975, 8, 9), PHONE), ClientStatus.ACTIVE, null);
		this.idNumber = this.fixtures.idNumber(this.client);
	}

	@Test
	void theIdNumberIsMaskedEverywhereEvenForItsOwnRm() throws Exception {
		MockHttpSession rm = Login.as(this.mvc, this.rm);
		String masked = this.idNumber.substring(0, 4) + "**********" + this.idNumber.substring(14);
		assertThat(page(rm, "/clients/" + this.client)).contains(masked).doesNotContain(this.idNumber).contains(PHONE)
			.contains("client@example.cn").contains("上海市浦东新区世纪大道100号");
		assertThat(export(rm, "/clients/export.csv?q=" + this.tag)).contains(masked).doesNotContain(this.idNumber)
			.contains(PHONE);
		assertThat(page(rm, "/clients/" + this.client + "/edit")).doesNotContain(this.idNumber).contains(masked);
	}

	@Test
	void aRoleWithoutTheContactPermissionSeesPhoneEmailAndAddressMaskedInPageListAndExport() throws Exception {
		String reader = this.accounts.user(com.custodia.security.Permission.CLIENT_READ,
				com.custodia.security.Permission.CLIENT_SCOPE_ALL, com.custodia.security.Permission.CLIENT_EXPORT);
		MockHttpSession session = Login.as(this.mvc, reader);
		assertThat(page(session, "/clients/" + this.client)).contains("139****4321").doesNotContain(PHONE)
			.contains("c***@example.cn").doesNotContain("client@example.cn")
			.contains("上海市浦东新***").doesNotContain("世纪大道100号");
		assertThat(page(session, "/clients?q=" + this.tag)).contains("139****4321").doesNotContain(PHONE);
		String csv = export(session, "/clients/export.csv?q=" + this.tag);
		assertThat(csv).contains(this.tag).contains("139****4321").doesNotContain(PHONE).doesNotContain("client@example.cn")
			.doesNotContain("世纪大道100号");
	}

	@Test
	void revealingTheIdNumberShowsItOnceAndIsAudited() throws Exception {
		String officer = this.accounts.userWithSeededRole("COMPLIANCE_OFFICER");
		MockHttpSession compliance = Login.as(this.mvc, officer);
		long before = reveals();
		String html = this.mvc.perform(post("/clients/" + this.client + "/reveal-id-number").with(csrf()).session(compliance))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains(this.idNumber);
		assertThat(reveals()).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("select actor_username from audit_event where action = 'CLIENT_SENSITIVE_REVEALED' "
				+ "and client_id = ? order by id desc limit 1", String.class, this.client)).isEqualTo(officer);
		assertThat(page(compliance, "/clients/" + this.client)).doesNotContain(this.idNumber);

		String fragment = this.mvc.perform(post("/clients/" + this.client + "/reveal-id-number").header("HX-Request", "true")
			.with(csrf()).session(compliance)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains(this.idNumber).doesNotContain("<html");
		assertThat(reveals()).isEqualTo(before + 2);
	}

	@Test
	void aUserWithoutTheRevealPermissionIsRefusedAndNothingIsShown() throws Exception {
		MockHttpSession cs = Login.as(this.mvc, this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		assertThat(page(cs, "/clients/" + this.client)).contains(PHONE).doesNotContain("reveal-id-number");
		String body = this.mvc.perform(post("/clients/" + this.client + "/reveal-id-number").with(csrf()).session(cs))
			.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain(this.idNumber);
	}

	@Test
	void anIdScanOpensOnlyForRolesThatMayRevealIdNumbers() throws Exception {
		long scan = this.fixtures.documents().upload(this.fixtures.user(this.rm), this.client, DocumentCategory.ID_SCAN,
				"身份证.png", null, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 });
		MockHttpSession cs = Login.as(this.mvc, this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		this.mvc.perform(get("/clients/" + this.client + "/documents/" + scan).session(cs)).andExpect(status().isForbidden());
		assertThat(page(cs, "/clients/" + this.client + "/documents")).contains("身份证.png")
			.doesNotContain("/documents/" + scan + "\"");
		MockHttpSession rm = Login.as(this.mvc, this.rm);
		this.mvc.perform(get("/clients/" + this.client + "/documents/" + scan).session(rm)).andExpect(status().isOk());
	}

	private long reveals() {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_SENSITIVE_REVEALED' and client_id = ?",
				Long.class, this.client);
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String export(MockHttpSession session, String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).session(session)).andReturn();
		this.mvc.perform(asyncDispatch(result)).andExpect(status().isOk());
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
