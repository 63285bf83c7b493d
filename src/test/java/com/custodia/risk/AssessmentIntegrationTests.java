package com.custodia.risk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import com.custodia.clients.ClientFixtures;
import com.custodia.clients.ClientKind;
import com.custodia.clients.ClientProfile;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientStatus;
import com.custodia.clients.Gender;
import com.custodia.clients.IdType;
import com.custodia.clients.IncomeBand;
import com.custodia.clients.RiskLevel;
import com.custodia.clients.Segment;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Assessments as an RM runs them: the result shown before confirming, every question required, interview gating,
 * expiry, the report and its PDF, the data scope, and a database that refuses to change a confirmed assessment.
 */
@CustodiaIntegrationTest
class AssessmentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	RiskFixtures risk;

	@Autowired
	JdbcTemplate jdbc;

	String rm;

	MockHttpSession session;

	long client;

	Questionnaire questionnaire;

	@BeforeEach
	void anRmWithAClient() throws Exception {
		long team = this.accounts.team();
		this.rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
		this.session = Login.as(this.mvc, this.rm);
		this.client = this.clients.individual(this.rm, "白风测评");
		this.questionnaire = this.risk.inForce(ClientKind.INDIVIDUAL);
	}

	@Test
	void theResultIsShownBeforeConfirmingAndTheConfirmedLevelIsTheClients() throws Exception {
		Map<String, Set<String>> answers = RiskFixtures.answersFor(this.questionnaire, RiskLevel.C3);
		String preview = html(answer(post("/clients/" + this.client + "/assessments/new"), answers).param("lang", "en"));
		assertThat(preview).contains("C3 balanced").contains("Confirm assessment").contains("Products rated up to R3");
		assertThat(count("select count(*) from risk_assessment where client_id = ?")).isZero();

		String location = confirm(answers);
		assertThat(location).matches("/risk/assessments/[0-9]+");
		assertThat(this.jdbc.queryForObject("select risk_level from clients_client where id = ?", String.class, this.client))
			.isEqualTo("C3");
		assertThat(this.jdbc.queryForObject("select risk_expires_on from clients_client where id = ?",
				java.time.LocalDate.class, this.client)).isEqualTo(this.clients.service().today().plusMonths(12));
		assertThat(count("select count(*) from audit_event where action = 'RISK_ASSESSMENT_CONFIRMED' and client_id = ?"))
			.isEqualTo(1);
		String report = html(get(location).param("lang", "en"));
		assertThat(report).contains("C3 balanced").contains("Effective").contains("v" + this.questionnaire.versionNumber());
		assertThat(html(get("/clients/" + this.client + "/risk").param("lang", "en"))).contains("C3 balanced")
			.contains("Products rated up to R3");
	}

	@Test
	void everyQuestionMustBeAnsweredAndNothingIsStoredUntilItIs() throws Exception {
		Map<String, Set<String>> answers = new java.util.HashMap<>(RiskFixtures.answersFor(this.questionnaire, RiskLevel.C2));
		String missing = this.questionnaire.content().questions().get(3).code();
		answers.remove(missing);
		String page = html(answer(post("/clients/" + this.client + "/assessments/new"), answers).param("action", "confirm")
			.param("previewed", answers.toString()).param("lang", "en"));
		assertThat(page).contains("1 question is not answered yet").contains("id=\"" + missing + "-errors\"");
		assertThat(count("select count(*) from risk_assessment where client_id = ?")).isZero();
	}

	@Test
	void answersChangedAfterTheResultWasShownAreShownAgainNotConfirmed() throws Exception {
		Map<String, Set<String>> shown = RiskFixtures.answersFor(this.questionnaire, RiskLevel.C2);
		Map<String, Set<String>> changed = RiskFixtures.answersFor(this.questionnaire, RiskLevel.C4);
		String page = html(answer(post("/clients/" + this.client + "/assessments/new"), changed).param("action", "confirm")
			.param("previewed", shown.toString()).param("lang", "en"));
		assertThat(page).contains("The answers changed since the result was shown").contains("C4 growth");
		assertThat(count("select count(*) from risk_assessment where client_id = ?")).isZero();
	}

	@Test
	void aC5ResultAwaitsItsInterviewWhileThePreviousLevelStands() throws Exception {
		confirm(RiskFixtures.answersFor(this.questionnaire, RiskLevel.C2));
		String location = confirm(RiskFixtures.answersFor(this.questionnaire, RiskLevel.C5));
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(statusOf(id)).isEqualTo("AWAITING_INTERVIEW");
		assertThat(level()).isEqualTo("C2");
		assertThat(html(get(location).param("lang", "en"))).contains("Awaiting interview").contains("Record the interview");

		String today = this.clients.service().today().toString();
		String refused = html(post(location + "/interview").param("heldOn", this.clients.service().today().plusDays(1).toString())
			.param("interviewer", "").param("notes", "").param("lang", "en"));
		assertThat(refused).contains("The interview cannot be in the future").contains("Please fill this in");
		assertThat(statusOf(id)).isEqualTo("AWAITING_INTERVIEW");

		this.mvc.perform(post(location + "/interview").param("heldOn", today).param("interviewer", "王经理")
			.param("notes", "确认客户了解高风险产品可能损失全部本金").with(csrf()).session(this.session))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("EFFECTIVE");
		assertThat(level()).isEqualTo("C5");
		String again = html(post(location + "/interview").param("heldOn", today).param("interviewer", "另一位经理")
			.param("notes", "重复记录").param("lang", "en"));
		assertThat(again).contains("This assessment is not awaiting an interview");
		assertThat(count("select count(*) from audit_event where action = 'RISK_INTERVIEW_RECORDED' and client_id = ?"))
			.isEqualTo(1);
	}

	@Test
	void anUltraHighNetWorthClientNeedsAnInterviewWhateverTheLevel() throws Exception {
		ClientProfile profile = ClientFixtures.individualProfile("超高净值测评", java.time.LocalDate.of(1975, 2, 3), "13912345000");
		long wealthy = this.clients.service().create(this.risk.user(this.rm), new ClientProfile(profile.kind(), profile.name(),
				Gender.MALE, profile.birthDate(), profile.occupation(), profile.mobilePhone(), profile.email(), profile.address(),
				IdType.RESIDENT_ID, ClientFixtures.residentId(profile.birthDate(), Gender.MALE), IncomeBand.FROM_300K,
				new java.math.BigDecimal("150000000"), 12, null, null, null, null, null, null,
				Segment.INDIVIDUAL_ULTRA_HIGH_NET_WORTH, false, null), ClientStatus.ACTIVE, null);
		this.client = wealthy;
		String location = confirm(RiskFixtures.answersFor(this.questionnaire, RiskLevel.C2));
		assertThat(statusOf(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))).isEqualTo("AWAITING_INTERVIEW");
		assertThat(level()).isNull();
	}

	@Test
	void anExpiredLevelIsNoLevelAndTheClientIsListedForReassessment() throws Exception {
		this.risk.assessedDaysAgo(this.rm, this.client, RiskLevel.C3, 400);
		long soon = this.clients.individual(this.rm, "即将到期");
		this.risk.assessedDaysAgo(this.rm, soon, RiskLevel.C2, 350);
		long later = this.clients.individual(this.rm, "远未到期");
		this.risk.assessedDaysAgo(this.rm, later, RiskLevel.C4, 100);

		var expired = this.clients.service().get(this.risk.user(this.rm), this.client);
		assertThat(expired.riskLevel()).isEqualTo(RiskLevel.C3);
		assertThat(expired.currentRiskLevel()).isNull();
		String due = html(get("/risk/expiring").param("lang", "en"));
		assertThat(due).contains("白风测评").contains("即将到期").doesNotContain("远未到期").contains("Expired");
		assertThat(html(get("/clients").param("risk", "NONE"))).contains("白风测评").doesNotContain("即将到期");
		assertThat(html(get("/clients").param("risk", "C4"))).contains("远未到期").doesNotContain("白风测评");
		assertThat(html(get("/clients/" + this.client + "/risk").param("lang", "en"))).contains("Expired on");
	}

	@Test
	void aLevelIsValidUntilTheDayBeforeItExpiresAndListedFromThirtyDaysAhead() throws Exception {
		java.time.LocalDate today = this.clients.service().today();
		long expiresToday = this.client;
		this.risk.assessedOn(this.rm, expiresToday, RiskLevel.C3, today.minusMonths(12));
		long tomorrow = this.clients.individual(this.rm, "明天到期");
		this.risk.assessedOn(this.rm, tomorrow, RiskLevel.C3, today.plusDays(1).minusMonths(12));
		long in30 = this.clients.individual(this.rm, "三十天到期");
		this.risk.assessedOn(this.rm, in30, RiskLevel.C3, today.plusDays(30).minusMonths(12));
		long in31 = this.clients.individual(this.rm, "三十一天到期");
		this.risk.assessedOn(this.rm, in31, RiskLevel.C3, today.plusDays(31).minusMonths(12));

		var user = this.risk.user(this.rm);
		assertThat(this.clients.service().get(user, expiresToday).riskExpiresOn()).isEqualTo(today);
		assertThat(this.clients.service().get(user, expiresToday).currentRiskLevel()).isNull();
		assertThat(this.clients.service().get(user, tomorrow).currentRiskLevel()).isEqualTo(RiskLevel.C3);
		String due = html(get("/risk/expiring").param("lang", "en"));
		assertThat(due).contains("白风测评").contains("明天到期").contains("三十天到期").doesNotContain("三十一天到期");
		assertThat(html(get("/clients").param("risk", "C3"))).contains("明天到期").doesNotContain("白风测评");
	}

	@Test
	void confirmingTheSameAnswersTwiceStoresOneAssessment() throws Exception {
		Map<String, Set<String>> answers = RiskFixtures.answersFor(this.questionnaire, RiskLevel.C2);
		assertThat(confirm(answers)).isEqualTo(confirm(answers));
		assertThat(count("select count(*) from risk_assessment where client_id = ?")).isEqualTo(1);
	}

	@Test
	void thePdfReportCarriesTheChineseNameAndLevelAsText() throws Exception {
		String location = confirm(RiskFixtures.answersFor(this.questionnaire, RiskLevel.C3));
		byte[] pdf = this.mvc.perform(get(location + ".pdf").param("lang", "zh-CN").session(this.session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("白风测评").contains("C3 平衡型").contains("风险测评报告")
			.contains(this.questionnaire.content().questions().get(0).textZh());
		assertThat(count("select count(*) from audit_event where action = 'RISK_REPORT_PRINTED' and client_id = ?"))
			.isEqualTo(1);
	}

	@Test
	void anotherRmsClientIsNotFoundOnAnyRiskPage() throws Exception {
		String location = confirm(RiskFixtures.answersFor(this.questionnaire, RiskLevel.C3));
		String other = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		MockHttpSession otherSession = Login.as(this.mvc, other);
		for (String path : new String[] { "/clients/" + this.client + "/risk", "/clients/" + this.client + "/assessments/new",
				"/clients/" + this.client + "/recommendations/new", location, location + ".pdf" }) {
			this.mvc.perform(get(path).session(otherSession)).andExpect(status().isNotFound());
		}
		this.mvc.perform(answer(post("/clients/" + this.client + "/assessments/new"),
				RiskFixtures.answersFor(this.questionnaire, RiskLevel.C1)).session(otherSession))
			.andExpect(status().isNotFound());
	}

	@Test
	void eachRiskPageNeedsItsOwnPermission() throws Exception {
		MockHttpSession compliance = Login.as(this.mvc, this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		this.mvc.perform(get("/clients/" + this.client + "/assessments/new").session(compliance))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/risk/questionnaires").session(this.session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/risk/reviews").session(this.session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/risk/products/new").session(this.session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/risk/settings").session(this.session)).andExpect(status().isForbidden());
		MockHttpSession officer = Login.as(this.mvc, this.accounts.userWithSeededRole("RISK_OFFICER"));
		this.mvc.perform(get("/risk/questionnaires").session(officer)).andExpect(status().isOk());
		this.mvc.perform(get("/clients/" + this.client + "/recommendations/new").session(officer))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAConfirmedAssessment() throws Exception {
		String location = confirm(RiskFixtures.answersFor(this.questionnaire, RiskLevel.C3));
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThatThrownBy(() -> this.jdbc.update("update risk_assessment set result_level = 'C5' where id = ?", id))
			.hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> this.jdbc.update("delete from risk_assessment where id = ?", id))
			.hasMessageContaining("cannot be deleted");
	}

	private String confirm(Map<String, Set<String>> answers) throws Exception {
		return this.mvc.perform(answer(post("/clients/" + this.client + "/assessments/new"), answers)
			.param("action", "confirm").param("previewed", answers.toString()).with(csrf()).session(this.session))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	private MockHttpServletRequestBuilder answer(MockHttpServletRequestBuilder request, Map<String, Set<String>> answers) {
		request.param("questionnaireId", String.valueOf(this.questionnaire.id())).with(csrf()).session(this.session);
		// The form posts questions in order; the fingerprint the page sends back is of the answers in that order.
		this.questionnaire.content().questions().forEach((question) -> {
			if (answers.containsKey(question.code())) {
				request.param(question.code(), answers.get(question.code()).toArray(String[]::new));
			}
		});
		return request;
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).session(this.session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class, this.client);
	}

	private String statusOf(long assessment) {
		return this.jdbc.queryForObject("select status from risk_assessment where id = ?", String.class, assessment);
	}

	private String level() {
		return this.jdbc.queryForObject("select risk_level from clients_client where id = ?", String.class, this.client);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
