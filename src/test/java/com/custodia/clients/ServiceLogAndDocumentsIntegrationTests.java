package com.custodia.clients;

import com.custodia.clients.documents.ClientDocuments;
import com.custodia.clients.servicelog.ContactKind;

import java.nio.charset.StandardCharsets;

import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The service log and the documents tab: what is accepted, what is refused and why, and the audit trail of both. */
@CustodiaIntegrationTest
class ServiceLogAndDocumentsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession session;

	long client;

	@BeforeEach
	void aClient() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		this.session = Login.as(this.mvc, rm);
		this.client = this.fixtures.individual(rm, "服务记录测试");
	}

	@Test
	void aContactIsLoggedAuditedAndShownNewestFirst() throws Exception {
		String today = this.fixtures.service().today().toString();
		this.mvc.perform(post("/clients/" + this.client + "/contacts").param("kind", "MEETING").param("contactedOn", today)
			.param("summary", "季度资产配置面谈").param("outcome", "同意增配债券基金")
			.param("nextContactOn", this.fixtures.service().today().plusDays(30).toString()).with(csrf()).session(this.session))
			.andExpect(redirectedUrl("/clients/" + this.client + "/contacts"));
		assertThat(page("/clients/" + this.client + "/contacts?lang=en")).contains("季度资产配置面谈").contains("同意增配债券基金")
			.contains("Meeting");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_CONTACT_LOGGED' and client_id = ?",
				Long.class, this.client)).isEqualTo(1);
	}

	@Test
	void theLastContactAndTheLastInPersonFollowEveryKindAsItIsLoggedAndRemoved() throws Exception {
		// The service levels read these days from the client (V0025's trigger), not from the log: every kind must land
		// as ContactKind says, the latest day winning, and a removed contact must give its place back.
		var day = this.fixtures.service().today().minusDays(ContactKind.values().length);
		java.time.LocalDate lastContact = null;
		java.time.LocalDate lastInPerson = null;
		for (ContactKind kind : ContactKind.values()) {
			day = day.plusDays(1);
			this.mvc.perform(post("/clients/" + this.client + "/contacts").param("kind", kind.name())
				.param("contactedOn", day.toString()).param("summary", "回访 " + kind).with(csrf()).session(this.session))
				.andExpect(redirectedUrl("/clients/" + this.client + "/contacts"));
			lastContact = kind.isCare() ? lastContact : day;
			lastInPerson = kind.isFaceToFace() ? day : lastInPerson;
			assertThat(lastDays()).as(kind.name()).containsExactly(lastContact, lastInPerson);
		}
		this.jdbc.update("delete from clients_contact where client_id = ? and kind in ('MEETING', 'VISIT')", this.client);
		assertThat(lastDays()).containsExactly(lastContact, null);
		this.jdbc.update("delete from clients_contact where client_id = ?", this.client);
		assertThat(lastDays()).containsExactly(null, null);
	}

	private java.util.List<java.time.LocalDate> lastDays() {
		return this.jdbc.queryForObject("select last_contact_on, last_face_to_face_on from clients_client where id = ?",
				(rs, row) -> java.util.Arrays.asList(rs.getObject(1, java.time.LocalDate.class),
						rs.getObject(2, java.time.LocalDate.class)), this.client);
	}

	@Test
	void aContactInTheFutureOrWithANextDateBeforeItIsRefusedNextToTheField() throws Exception {
		var today = this.fixtures.service().today();
		String html = this.mvc.perform(post("/clients/" + this.client + "/contacts").param("kind", "CALL")
			.param("contactedOn", today.plusDays(2).toString()).param("summary", "").param("nextContactOn", today.toString())
			.param("lang", "en").with(csrf()).session(this.session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("the date cannot be in the future").contains("Please fill this in")
			.contains("The next contact cannot come before this one");
		assertThat(this.jdbc.queryForObject("select count(*) from clients_contact where client_id = ?", Long.class, this.client))
			.isZero();
	}

	@Test
	void aPdfIsStoredAndItsDownloadIsAuditedWhileAFileThatOnlyPretendsToBeAPdfIsRefused() throws Exception {
		byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
		this.mvc.perform(multipart("/clients/" + this.client + "/documents")
			.file(new MockMultipartFile("file", "资产管理合同.pdf", "application/pdf", pdf)).param("category", "CONTRACT")
			.with(csrf()).session(this.session)).andExpect(redirectedUrl("/clients/" + this.client + "/documents"));
		Long document = this.jdbc.queryForObject("select id from clients_document where client_id = ?", Long.class, this.client);
		byte[] downloaded = this.mvc.perform(get("/clients/" + this.client + "/documents/" + document).session(this.session))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("filename*=UTF-8''%E8%B5%84%E4%BA%A7")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		assertThat(this.jdbc.queryForList("select action from audit_event where client_id = ? and action like 'CLIENT_DOCUMENT%' order by id",
				String.class, this.client)).containsExactly("CLIENT_DOCUMENT_UPLOADED", "CLIENT_DOCUMENT_DOWNLOADED");

		String refused = this.mvc.perform(multipart("/clients/" + this.client + "/documents")
			.file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
			.param("category", "CONTRACT").param("lang", "en").with(csrf()).session(this.session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Only PDF, JPEG and PNG files are accepted");
		assertThat(this.jdbc.queryForObject("select count(*) from clients_document where client_id = ?", Long.class, this.client))
			.isEqualTo(1);
	}

	@Test
	void aFileOverTenMegabytesIsRefusedWithAMessage() throws Exception {
		byte[] big = new byte[(int) ClientDocuments.MAX_BYTES + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		String refused = this.mvc.perform(multipart("/clients/" + this.client + "/documents")
			.file(new MockMultipartFile("file", "scan.jpg", "image/jpeg", big)).param("category", "ID_SCAN").param("lang", "en")
			.with(csrf()).session(this.session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("The file is larger than 10 MB");
	}

	@Test
	void aUserWhoMayReadButNotUploadIsRefused() throws Exception {
		MockHttpSession compliance = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		this.mvc.perform(multipart("/clients/" + this.client + "/documents")
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
			.param("category", "CONTRACT").with(csrf()).session(compliance)).andExpect(status().isForbidden());
		this.mvc.perform(post("/clients/" + this.client + "/contacts").param("kind", "CALL").param("summary", "x")
			.with(csrf()).session(compliance)).andExpect(status().isForbidden());
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).session(this.session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
