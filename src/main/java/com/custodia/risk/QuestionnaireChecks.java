package com.custodia.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a questionnaire must satisfy before it can be published: questions with at least two distinct options each,
 * and score bands that cover every possible total exactly once, rising with the level.
 */
public final class QuestionnaireChecks {

	private QuestionnaireChecks() {
	}

	/** Message keys of what stops publishing, with the question code or band concerned; empty when it may be published. */
	public static List<String> problems(QuestionnaireDefinition questionnaire) {
		List<String> problems = new ArrayList<>();
		if (questionnaire.questions().isEmpty()) {
			problems.add("risk.questionnaire.noQuestions");
		}
		Set<String> codes = new HashSet<>();
		for (QuestionnaireDefinition.Question question : questionnaire.questions()) {
			if (!codes.add(question.code())) {
				problems.add("risk.questionnaire.duplicateQuestion:" + question.code());
			}
			if (question.options().size() < 2) {
				problems.add("risk.questionnaire.tooFewOptions:" + question.code());
			}
			Set<String> options = new HashSet<>();
			question.options().forEach((option) -> {
				if (!options.add(option.code())) {
					problems.add("risk.questionnaire.duplicateOption:" + question.code());
				}
			});
		}
		List<QuestionnaireDefinition.ScoreBand> bands = questionnaire.bands().stream()
			.sorted(Comparator.comparingInt(QuestionnaireDefinition.ScoreBand::from))
			.toList();
		if (bands.isEmpty()) {
			problems.add("risk.questionnaire.noBands");
			return problems;
		}
		if (bands.get(0).from() > questionnaire.lowestScore()) {
			problems.add("risk.questionnaire.bandsStartTooHigh:" + questionnaire.lowestScore());
		}
		if (bands.get(bands.size() - 1).to() < questionnaire.highestScore()) {
			problems.add("risk.questionnaire.bandsEndTooLow:" + questionnaire.highestScore());
		}
		for (int i = 0; i < bands.size(); i++) {
			QuestionnaireDefinition.ScoreBand band = bands.get(i);
			if (band.to() < band.from()) {
				problems.add("risk.questionnaire.bandReversed:" + band.level());
			}
			if (i > 0) {
				QuestionnaireDefinition.ScoreBand previous = bands.get(i - 1);
				if (band.from() != previous.to() + 1) {
					problems.add("risk.questionnaire.bandGapOrOverlap:" + previous.level() + "-" + band.level());
				}
				if (band.level().ordinal() <= previous.level().ordinal()) {
					problems.add("risk.questionnaire.bandLevelsNotRising:" + band.level());
				}
			}
		}
		return problems;
	}

}
