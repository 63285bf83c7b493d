package com.custodia.risk;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.custodia.clients.ClientKind;
import com.custodia.clients.ClientService;
import com.custodia.clients.RiskLevel;
import com.custodia.security.CurrentUser;
import com.custodia.security.CurrentUserLoader;
import com.custodia.support.TestAccounts;

import org.springframework.boot.test.context.TestComponent;

/**
 * Risk data for tests: the demo questionnaires in force (published through the service when a test database has none),
 * answer sets that land on a chosen level, and past assessments stored as they would have been on an earlier day.
 */
@TestComponent
public class RiskFixtures {

	private final Questionnaires questionnaires;

	private final Assessments assessments;

	private final ClientService clients;

	private final TestAccounts accounts;

	private final CurrentUserLoader users;

	RiskFixtures(Questionnaires questionnaires, Assessments assessments, ClientService clients, TestAccounts accounts,
			CurrentUserLoader users) {
		this.questionnaires = questionnaires;
		this.assessments = assessments;
		this.clients = clients;
		this.accounts = accounts;
		this.users = users;
	}

	/** The version in force for this kind; the demo one is published first when there is none. */
	public Questionnaire inForce(ClientKind kind) {
		return this.questionnaires.inForce(kind).orElseGet(() -> {
			CurrentUser officer = user(this.accounts.userWithSeededRole("RISK_OFFICER"));
			long id = this.questionnaires.draft(officer, kind);
			this.questionnaires.save(officer, id, this.questionnaires.get(id).version(),
					(kind == ClientKind.INDIVIDUAL) ? DemoQuestionnaires.individual() : DemoQuestionnaires.institution());
			this.questionnaires.publish(officer, id, this.questionnaires.get(id).version());
			return this.questionnaires.get(id);
		});
	}

	/**
	 * Answers whose total falls in the band of {@code level}, choosing no option that caps: for each question the
	 * highest option that still leaves room for the lowest answers to the questions after it.
	 */
	public static Map<String, Set<String>> answersFor(Questionnaire questionnaire, RiskLevel level) {
		QuestionnaireContent content = questionnaire.content();
		QuestionnaireContent.Band band = content.bands().stream().filter((b) -> b.level() == level).findFirst().orElseThrow();
		Map<String, Set<String>> answers = new LinkedHashMap<>();
		List<QuestionnaireContent.QuestionText> questions = content.questions();
		int total = 0;
		for (int q = 0; q < questions.size(); q++) {
			int rest = questions.subList(q + 1, questions.size()).stream()
				.mapToInt((question) -> lowest(question).score()).sum();
			int room = band.to() - total - rest;
			QuestionnaireContent.OptionText chosen = questions.get(q).options().stream()
				.filter((option) -> option.cap() == null && option.score() <= room)
				.max(java.util.Comparator.comparingInt(QuestionnaireContent.OptionText::score))
				.orElse(lowest(questions.get(q)));
			answers.put(questions.get(q).code(), Set.of(chosen.code()));
			total += chosen.score();
		}
		if (total < band.from()) {
			throw new IllegalStateException("No uncapped answers reach " + level);
		}
		return answers;
	}

	private static QuestionnaireContent.OptionText lowest(QuestionnaireContent.QuestionText question) {
		return question.options().stream().filter((option) -> option.cap() == null)
			.min(java.util.Comparator.comparingInt(QuestionnaireContent.OptionText::score)).orElseThrow();
	}

	/** Stores an effective assessment of {@code level} as if confirmed {@code daysAgo} days ago; answers its id. */
	public long assessedDaysAgo(String owner, long clientId, RiskLevel level, int daysAgo) {
		return assessedOn(owner, clientId, level, this.clients.today().minusDays(daysAgo));
	}

	/** Stores an effective assessment of {@code level} that took effect on {@code day} (noon); answers its id. */
	public long assessedOn(String owner, long clientId, RiskLevel level, java.time.LocalDate day) {
		CurrentUser user = user(owner);
		var client = this.clients.get(user, clientId);
		Questionnaire questionnaire = inForce(client.kind());
		Map<String, Set<String>> answers = answersFor(questionnaire, level);
		Instant at = day.atTime(12, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
		Scoring.Outcome outcome = Scoring.score(questionnaire.content().definition(), answers, 40);
		return this.assessments.store(client, questionnaire, answers, outcome, at, owner,
				new Assessments.Interview(day, "测试访谈人", "测试访谈记录"));
	}

	/** The id of the kind's draft, started from the version in force when there is none. */
	public long draftOf(ClientKind kind) {
		return this.questionnaires.draft(user(this.accounts.userWithSeededRole("RISK_OFFICER")), kind);
	}

	public CurrentUser user(String username) {
		return this.users.loadActive(username).orElseThrow();
	}

}
