package com.custodia.risk;

import com.custodia.clients.RiskLevel;

import java.util.List;
import java.util.Objects;

/**
 * What a questionnaire asks and how it scores, free of storage: the questions with their options and scores, the
 * score bands that map a total to a level, and the caps (an answer's, or the client's age) that hold the level down
 * whatever the score.
 *
 * @param ageCap the level clients of at least a given age are capped at, or {@code null} for no age cap
 */
public record QuestionnaireDefinition(List<Question> questions, List<ScoreBand> bands, AgeCap ageCap) {

	public QuestionnaireDefinition {
		questions = List.copyOf(questions);
		bands = List.copyOf(bands);
	}

	/**
	 * A question. A single-choice question takes exactly one option; a multiple-choice question one or more, and
	 * scores its highest chosen option (a client who ticks several kinds of experience is as experienced as the most
	 * advanced of them, not the sum).
	 */
	public record Question(String code, boolean multipleChoice, List<Option> options) {

		public Question {
			Objects.requireNonNull(code);
			options = List.copyOf(options);
		}

		int lowestScore() {
			return this.options.stream().mapToInt(Option::score).min().orElse(0);
		}

		int highestScore() {
			return this.options.stream().mapToInt(Option::score).max().orElse(0);
		}

	}

	/** An option with its score and, for answers such as "I cannot bear any loss", the level it caps at. */
	public record Option(String code, int score, RiskLevel cap) {

		public Option(String code, int score) {
			this(code, score, null);
		}

	}

	/** Totals from {@code from} to {@code to}, both included, give {@code level}. */
	public record ScoreBand(int from, int to, RiskLevel level) {

		boolean contains(int score) {
			return score >= this.from && score <= this.to;
		}

	}

	/** Clients aged {@code fromAge} or more are capped at {@code cap}. */
	public record AgeCap(int fromAge, RiskLevel cap) {
	}

	/** The lowest and highest totals the questions allow. */
	public int lowestScore() {
		return this.questions.stream().mapToInt(Question::lowestScore).sum();
	}

	public int highestScore() {
		return this.questions.stream().mapToInt(Question::highestScore).sum();
	}

}
