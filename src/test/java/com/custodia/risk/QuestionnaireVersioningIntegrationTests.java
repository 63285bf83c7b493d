package com.custodia.risk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.custodia.clients.ClientFixtures;
import com.custodia.clients.ClientKind;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.RiskLevel;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Questionnaire versions: a published one is frozen (in the service and in the database), editing it starts a new
 * draft, publishing that retires the old one, and assessments keep pointing at the version answered. Each test
 * republishes the demo content, so the questions other tests rely on stay the same.
 */
@CustodiaIntegrationTest
class QuestionnaireVersioningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	ClientFixtures clients;

	@Autowired
	RiskFixtures risk;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPublishedVersionIsFrozenAndEditingItStartsANewVersionThatReplacesIt() throws Exception {
		Questionnaire first = this.risk.inForce(ClientKind.INDIVIDUAL);
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long client = this.clients.individual(rm, "版本测试");
		long assessment = this.risk.assessedDaysAgo(rm, client, RiskLevel.C2, 1);

		CurrentUser officer = this.risk.user(this.accounts.userWithSeededRole("RISK_OFFICER"));
		assertThatThrownBy(() -> this.questionnaires.save(officer, first.id(), first.version(), first.content()))
			.isInstanceOf(ClientRuleException.class).hasMessageContaining("risk.questionnaire.frozen");
		assertThatThrownBy(() -> this.jdbc.update(
				"update risk_questionnaire set content = jsonb_set(content, '{titleEn}', '\"Changed\"') where id = ?", first.id()))
			.hasMessageContaining("frozen");
		assertThatThrownBy(() -> this.jdbc.update("delete from risk_questionnaire where id = ?", first.id()))
			.hasMessageContaining("cannot be deleted");

		long draft = this.questionnaires.draft(officer, ClientKind.INDIVIDUAL);
		Questionnaire started = this.questionnaires.get(draft);
		assertThat(started.versionNumber()).isGreaterThan(first.versionNumber());
		assertThat(started.content()).isEqualTo(first.content());
		this.questionnaires.save(officer, draft, started.version(), DemoQuestionnaires.individual());
		this.questionnaires.publish(officer, draft, this.questionnaires.get(draft).version());

		assertThat(this.questionnaires.get(first.id()).status()).isEqualTo(QuestionnaireStatus.RETIRED);
		assertThat(this.questionnaires.inForce(ClientKind.INDIVIDUAL).orElseThrow().id()).isEqualTo(draft);
		assertThat(this.jdbc.queryForObject("select count(*) from risk_questionnaire where kind = 'INDIVIDUAL' and status = 'PUBLISHED'",
				Long.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select questionnaire_id from risk_assessment where id = ?", Long.class, assessment))
			.isEqualTo(first.id());
		MockHttpSession rmSession = Login.as(this.mvc, rm);
		String report = this.mvc.perform(get("/risk/assessments/" + assessment).session(rmSession)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("v" + first.versionNumber());
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'QUESTIONNAIRE_PUBLISHED' and target_id = ?",
				Long.class, String.valueOf(draft))).isEqualTo(1);
	}

	@Test
	void aDraftIsPublishedOnlyWhenEveryTextIsInBothLanguagesAndTheBandsCoverEveryScore() throws Exception {
		this.risk.inForce(ClientKind.INDIVIDUAL);
		String officerName = this.accounts.userWithSeededRole("RISK_OFFICER");
		CurrentUser officer = this.risk.user(officerName);
		long draft = this.questionnaires.draft(officer, ClientKind.INDIVIDUAL);
		QuestionnaireContent demo = DemoQuestionnaires.individual();
		List<QuestionnaireContent.QuestionText> questions = new ArrayList<>(demo.questions());
		QuestionnaireContent.QuestionText first = questions.get(0);
		questions.set(0, new QuestionnaireContent.QuestionText(first.code(), first.textEn(), "", false, first.options()));
		List<QuestionnaireContent.Band> bands = new ArrayList<>(demo.bands());
		bands.set(1, new QuestionnaireContent.Band(bands.get(1).from() + 1, bands.get(1).to(), bands.get(1).level()));
		this.questionnaires.save(officer, draft, this.questionnaires.get(draft).version(), new QuestionnaireContent(
				demo.titleEn(), demo.titleZh(), questions, bands, demo.ageCapFrom(), demo.ageCapLevel()));

		assertThatThrownBy(() -> this.questionnaires.publish(officer, draft, this.questionnaires.get(draft).version()))
			.isInstanceOf(ClientRuleException.class)
			.hasMessageContaining("questions[0].textZh=client.required")
			.hasMessageContaining("risk.questionnaire.bandGapOrOverlap");
		assertThat(this.questionnaires.get(draft).isDraft()).isTrue();

		// The designer shows the same, next to the fields, and keeps what was typed.
		MockHttpSession session = Login.as(this.mvc, officerName);
		String page = this.mvc.perform(post("/risk/questionnaires/" + draft + "/edit").param("action", "publish")
			.param("version", String.valueOf(this.questionnaires.get(draft).version())).param("titleEn", demo.titleEn())
			.param("titleZh", demo.titleZh()).param("questions[0].textEn", "Age?").param("questions[0].textZh", "")
			.param("questions[0].options[0].textEn", "Young").param("questions[0].options[0].textZh", "年轻")
			.param("questions[0].options[0].score", "abc").param("lang", "en").with(csrf()).session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Enter a whole number.").contains("value=\"abc\"");
		this.questionnaires.discard(officer, draft);
		assertThat(this.jdbc.queryForObject("select count(*) from risk_questionnaire where id = ?", Long.class, draft)).isZero();
	}

}
