package com.custodia.risk;

import com.custodia.clients.RiskLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a set of answers against a questionnaire: the total, the band it falls in, and the caps that hold the level
 * down, each kept as a reason the RM and the report can show.
 */
public final class Scoring {

	/** Why the level is what it is: the band, or a cap (by an answer or by age). */
	public record Reason(String messageKey, String detail, RiskLevel level) {
	}

	/**
	 * The result. {@code unanswered} lists questions answered wrongly or not at all; when it is not empty there is no
	 * level.
	 */
	public record Outcome(int score, RiskLevel bandLevel, RiskLevel level, List<Reason> reasons, List<String> unanswered) {

		public boolean isComplete() {
			return this.unanswered.isEmpty();
		}

	}

	private Scoring() {
	}

	/**
	 * @param answers the chosen option codes by question code
	 * @param clientAge the client's age in years, or {@code null} for an institution
	 */
	public static Outcome score(QuestionnaireDefinition questionnaire, Map<String, Set<String>> answers, Integer clientAge) {
		int total = 0;
		List<String> unanswered = new ArrayList<>();
		List<Reason> caps = new ArrayList<>();
		for (QuestionnaireDefinition.Question question : questionnaire.questions()) {
			Set<String> chosen = answers.getOrDefault(question.code(), Set.of());
			List<QuestionnaireDefinition.Option> options = question.options().stream()
				.filter((option) -> chosen.contains(option.code()))
				.toList();
			boolean valid = !options.isEmpty() && options.size() == chosen.size()
					&& (question.multipleChoice() || options.size() == 1);
			if (!valid) {
				unanswered.add(question.code());
				continue;
			}
			total += options.stream().mapToInt(QuestionnaireDefinition.Option::score).max().orElse(0);
			options.stream()
				.filter((option) -> option.cap() != null)
				.forEach((option) -> caps.add(new Reason("risk.reason.answerCap", question.code() + ":" + option.code(),
						option.cap())));
		}
		if (!unanswered.isEmpty()) {
			return new Outcome(total, null, null, List.of(), List.copyOf(unanswered));
		}
		int score = total;
		QuestionnaireDefinition.ScoreBand band = questionnaire.bands().stream()
			.filter((candidate) -> candidate.contains(score))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No band holds the score " + score));
		List<Reason> reasons = new ArrayList<>();
		reasons.add(new Reason("risk.reason.band", band.from() + "–" + band.to(), band.level()));
		QuestionnaireDefinition.AgeCap ageCap = questionnaire.ageCap();
		if (ageCap != null && clientAge != null && clientAge >= ageCap.fromAge()) {
			caps.add(new Reason("risk.reason.ageCap", String.valueOf(ageCap.fromAge()), ageCap.cap()));
		}
		RiskLevel level = band.level();
		for (Reason cap : caps) {
			if (cap.level().ordinal() < level.ordinal()) {
				reasons.add(cap);
			}
			level = level.atMost(cap.level());
		}
		return new Outcome(score, band.level(), level, List.copyOf(reasons), List.of());
	}

}
