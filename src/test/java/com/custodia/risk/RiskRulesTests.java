package com.custodia.risk;

import com.custodia.clients.RiskLevel;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.custodia.risk.QuestionnaireDefinition.AgeCap;
import com.custodia.risk.QuestionnaireDefinition.Option;
import com.custodia.risk.QuestionnaireDefinition.Question;
import com.custodia.risk.QuestionnaireDefinition.ScoreBand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring with bands and caps, publishing checks, interviews, expiry and the suitability matching table. */
class RiskRulesTests {

	/** Three questions scoring 0–10 each (0–30 in all), five bands, a "no loss" answer capping at C1, age 65 at C3. */
	private static final QuestionnaireDefinition QUESTIONNAIRE = new QuestionnaireDefinition(List.of(
			new Question("horizon", false, List.of(new Option("short", 0), new Option("medium", 5), new Option("long", 10))),
			new Question("loss", false, List.of(new Option("none", 0, RiskLevel.C1), new Option("some", 5),
					new Option("much", 10))),
			new Question("experience", true, List.of(new Option("deposits", 0), new Option("funds", 5),
					new Option("derivatives", 10)))),
			List.of(new ScoreBand(0, 5, RiskLevel.C1), new ScoreBand(6, 12, RiskLevel.C2), new ScoreBand(13, 19, RiskLevel.C3),
					new ScoreBand(20, 25, RiskLevel.C4), new ScoreBand(26, 30, RiskLevel.C5)),
			new AgeCap(65, RiskLevel.C3));

	@Test
	void theTotalFallsInItsBandWithBoundariesIncluded() {
		assertThat(score("medium", "some", Set.of("deposits"), 40).level()).isEqualTo(RiskLevel.C2);
		assertThat(score("long", "much", Set.of("deposits"), 40).level()).isEqualTo(RiskLevel.C4);
		assertThat(score("long", "much", Set.of("derivatives"), 40).level()).isEqualTo(RiskLevel.C5);
		assertThat(score("short", "some", Set.of("deposits"), 40).level()).isEqualTo(RiskLevel.C1);
		Scoring.Outcome twelve = Scoring.score(bandTest(12), Map.of("q", Set.of("a")), null);
		Scoring.Outcome thirteen = Scoring.score(bandTest(13), Map.of("q", Set.of("a")), null);
		assertThat(twelve.level()).isEqualTo(RiskLevel.C2);
		assertThat(thirteen.level()).isEqualTo(RiskLevel.C3);
	}

	@Test
	void aMultipleChoiceQuestionScoresItsHighestChosenOption() {
		Scoring.Outcome outcome = score("medium", "some", Set.of("deposits", "funds", "derivatives"), 40);
		assertThat(outcome.score()).isEqualTo(20);
	}

	@Test
	void anAnswerThatCannotBearLossCapsTheLevelWhateverTheScore() {
		Scoring.Outcome outcome = score("long", "none", Set.of("derivatives"), 40);
		assertThat(outcome.score()).isEqualTo(20);
		assertThat(outcome.bandLevel()).isEqualTo(RiskLevel.C4);
		assertThat(outcome.level()).isEqualTo(RiskLevel.C1);
		assertThat(outcome.reasons()).extracting(Scoring.Reason::messageKey)
			.containsExactly("risk.reason.band", "risk.reason.answerCap");
	}

	@Test
	void clientsAgedSixtyFiveOrMoreAreCappedAtC3ButNotTheDayBefore() {
		assertThat(score("long", "much", Set.of("derivatives"), 65).level()).isEqualTo(RiskLevel.C3);
		assertThat(score("long", "much", Set.of("derivatives"), 64).level()).isEqualTo(RiskLevel.C5);
		assertThat(score("medium", "some", Set.of("deposits"), 80).level()).isEqualTo(RiskLevel.C2);
		assertThat(score("medium", "some", Set.of("deposits"), 80).reasons()).extracting(Scoring.Reason::messageKey)
			.containsExactly("risk.reason.band");
		QuestionnaireDefinition noAgeRule = new QuestionnaireDefinition(QUESTIONNAIRE.questions(), QUESTIONNAIRE.bands(), null);
		assertThat(Scoring.score(noAgeRule, answers("long", "much", Set.of("derivatives")), 80).level()).isEqualTo(RiskLevel.C5);
	}

	@Test
	void everyQuestionMustBeAnsweredAndSingleChoiceOnlyOnce() {
		Scoring.Outcome missing = Scoring.score(QUESTIONNAIRE, Map.of("horizon", Set.of("long")), 40);
		assertThat(missing.isComplete()).isFalse();
		assertThat(missing.unanswered()).containsExactly("loss", "experience");
		assertThat(missing.level()).isNull();
		Scoring.Outcome twice = Scoring.score(QUESTIONNAIRE, Map.of("horizon", Set.of("long", "short"), "loss",
				Set.of("some"), "experience", Set.of("funds")), 40);
		assertThat(twice.unanswered()).containsExactly("horizon");
		Scoring.Outcome unknown = Scoring.score(QUESTIONNAIRE, Map.of("horizon", Set.of("forever"), "loss",
				Set.of("some"), "experience", Set.of("funds")), 40);
		assertThat(unknown.unanswered()).containsExactly("horizon");
	}

	@Test
	void aQuestionnaireIsPublishedOnlyWithBandsCoveringEveryTotalOnce() {
		assertThat(QuestionnaireChecks.problems(QUESTIONNAIRE)).isEmpty();
		QuestionnaireDefinition gap = new QuestionnaireDefinition(QUESTIONNAIRE.questions(), List.of(
				new ScoreBand(0, 5, RiskLevel.C1), new ScoreBand(7, 30, RiskLevel.C2)), null);
		assertThat(QuestionnaireChecks.problems(gap)).containsExactly("risk.questionnaire.bandGapOrOverlap:C1-C2");
		QuestionnaireDefinition shortBands = new QuestionnaireDefinition(QUESTIONNAIRE.questions(), List.of(
				new ScoreBand(0, 29, RiskLevel.C1)), null);
		assertThat(QuestionnaireChecks.problems(shortBands)).containsExactly("risk.questionnaire.bandsEndTooLow:" + shortBands.highestScore());
		QuestionnaireDefinition falling = new QuestionnaireDefinition(QUESTIONNAIRE.questions(), List.of(
				new ScoreBand(0, 15, RiskLevel.C3), new ScoreBand(16, 30, RiskLevel.C2)), null);
		assertThat(QuestionnaireChecks.problems(falling)).containsExactly("risk.questionnaire.bandLevelsNotRising:C2");
		QuestionnaireDefinition oneOption = new QuestionnaireDefinition(List.of(new Question("q", false,
				List.of(new Option("a", 1)))), List.of(new ScoreBand(0, 1, RiskLevel.C1)), null);
		assertThat(QuestionnaireChecks.problems(oneOption)).containsExactly("risk.questionnaire.tooFewOptions:q");
	}

	@Test
	void aC5ResultAndEveryUltraHighNetWorthOrProfessionalClientNeedAnInterview() {
		assertThat(AssessmentRules.needsInterview(RiskLevel.C5, false, false)).isTrue();
		assertThat(AssessmentRules.needsInterview(RiskLevel.C4, false, false)).isFalse();
		assertThat(AssessmentRules.needsInterview(RiskLevel.C1, true, false)).isTrue();
		assertThat(AssessmentRules.needsInterview(RiskLevel.C2, false, true)).isTrue();
	}

	@Test
	void anAssessmentExpiresItsValidityInMonthsAfterItTookEffectAtMonthEndsToo() {
		LocalDate effective = LocalDate.of(2026, 1, 31);
		assertThat(AssessmentRules.expiresOn(effective, 12)).isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(AssessmentRules.expiresOn(LocalDate.of(2024, 2, 29), 12)).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(AssessmentRules.expiresOn(LocalDate.of(2026, 8, 31), 6)).isEqualTo(LocalDate.of(2027, 2, 28));
	}

	@Test
	void theMatchingTableForEveryLevelAndRating() {
		for (RiskLevel level : RiskLevel.values()) {
			for (ProductRisk rating : ProductRisk.values()) {
				Suitability.Verdict verdict = Suitability.of(level, false, rating, false);
				boolean expected = Integer.parseInt(rating.name().substring(1)) <= Integer.parseInt(level.name().substring(1));
				assertThat(verdict.isSuitable()).as(level + " x " + rating).isEqualTo(expected);
				if (!expected) {
					assertThat(verdict).isEqualTo(Suitability.Verdict.RISK_TOO_HIGH);
				}
				assertThat(Suitability.of(level, true, rating, false)).as("professional " + level + " x " + rating)
					.isEqualTo(Suitability.Verdict.SUITABLE);
			}
		}
		assertThat(EnumSet.allOf(ProductRisk.class)).allSatisfy((rating) -> assertThat(Suitability.of(null, false, rating, false))
			.isEqualTo(Suitability.Verdict.NO_VALID_ASSESSMENT));
		assertThat(Suitability.of(null, true, ProductRisk.R1, false)).isEqualTo(Suitability.Verdict.NO_VALID_ASSESSMENT);
		assertThat(Suitability.of(RiskLevel.C5, false, ProductRisk.R3, true)).isEqualTo(Suitability.Verdict.PROFESSIONALS_ONLY);
		assertThat(Suitability.of(RiskLevel.C1, true, ProductRisk.R5, true)).isEqualTo(Suitability.Verdict.SUITABLE);
		assertThat(Suitability.highestFor(RiskLevel.C1)).isEqualTo(ProductRisk.R1);
		assertThat(Suitability.highestFor(RiskLevel.C5)).isEqualTo(ProductRisk.R5);
	}

	private static Scoring.Outcome score(String horizon, String loss, Set<String> experience, Integer age) {
		return Scoring.score(QUESTIONNAIRE, answers(horizon, loss, experience), age);
	}

	private static Map<String, Set<String>> answers(String horizon, String loss, Set<String> experience) {
		return Map.of("horizon", Set.of(horizon), "loss", Set.of(loss), "experience", experience);
	}

	/** One question whose only option scores {@code total}, with the standard bands. */
	private static QuestionnaireDefinition bandTest(int total) {
		return new QuestionnaireDefinition(List.of(new Question("q", false, List.of(new Option("a", total), new Option("b", 0)))),
				QUESTIONNAIRE.bands(), null);
	}

}
