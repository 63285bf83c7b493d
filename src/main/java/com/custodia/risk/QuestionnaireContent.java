package com.custodia.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.custodia.clients.RiskLevel;

/**
 * What one questionnaire version says, in English and Chinese, and how it scores: stored whole as one JSON document,
 * so a published version is frozen whole. Question codes ({@code Q1}, {@code Q2}...) and option codes ({@code A},
 * {@code B}...) follow the order, and answers refer to them within the exact version answered.
 */
public record QuestionnaireContent(String titleEn, String titleZh, List<QuestionText> questions, List<Band> bands,
		Integer ageCapFrom, RiskLevel ageCapLevel) {

	public QuestionnaireContent {
		questions = (questions != null) ? List.copyOf(questions) : List.of();
		bands = (bands != null) ? List.copyOf(bands) : List.of();
	}

	public record QuestionText(String code, String textEn, String textZh, boolean multiple, List<OptionText> options) {

		public QuestionText {
			options = (options != null) ? List.copyOf(options) : List.of();
		}

		public String text(Locale locale) {
			return QuestionnaireContent.pick(locale, this.textEn, this.textZh);
		}

	}

	/** An option; {@code cap}, when set, holds the level at or below it whatever the score. */
	public record OptionText(String code, String textEn, String textZh, int score, RiskLevel cap) {

		public String text(Locale locale) {
			return QuestionnaireContent.pick(locale, this.textEn, this.textZh);
		}

	}

	/** Totals from {@code from} to {@code to}, both included, give {@code level}. */
	public record Band(int from, int to, RiskLevel level) {
	}

	public String title(Locale locale) {
		return pick(locale, this.titleEn, this.titleZh);
	}

	/** The same content with codes renumbered from the order: Q1, Q2... and A, B... */
	public QuestionnaireContent renumbered() {
		List<QuestionText> numbered = new ArrayList<>();
		for (int q = 0; q < this.questions.size(); q++) {
			QuestionText question = this.questions.get(q);
			List<OptionText> options = new ArrayList<>();
			for (int o = 0; o < question.options().size(); o++) {
				OptionText option = question.options().get(o);
				options.add(new OptionText(optionCode(o), option.textEn(), option.textZh(), option.score(), option.cap()));
			}
			numbered.add(new QuestionText("Q" + (q + 1), question.textEn(), question.textZh(), question.multiple(), options));
		}
		return new QuestionnaireContent(this.titleEn, this.titleZh, numbered, this.bands, this.ageCapFrom,
				this.ageCapLevel);
	}

	/** The scoring part, for {@link Scoring} and {@link QuestionnaireChecks}. */
	public QuestionnaireDefinition definition() {
		List<QuestionnaireDefinition.Question> scored = this.questions.stream()
			.map((question) -> new QuestionnaireDefinition.Question(question.code(), question.multiple(),
					question.options().stream()
						.map((option) -> new QuestionnaireDefinition.Option(option.code(), option.score(), option.cap()))
						.toList()))
			.toList();
		List<QuestionnaireDefinition.ScoreBand> scoreBands = this.bands.stream()
			.map((band) -> new QuestionnaireDefinition.ScoreBand(band.from(), band.to(), band.level()))
			.toList();
		QuestionnaireDefinition.AgeCap ageCap = (this.ageCapFrom != null && this.ageCapLevel != null)
				? new QuestionnaireDefinition.AgeCap(this.ageCapFrom, this.ageCapLevel) : null;
		return new QuestionnaireDefinition(scored, scoreBands, ageCap);
	}

	/** The question of that code, if there is one. */
	public Optional<QuestionText> question(String code) {
		return this.questions.stream().filter((question) -> question.code().equals(code)).findFirst();
	}

	static String optionCode(int index) {
		return String.valueOf((char) ('A' + index));
	}

	static String pick(Locale locale, String english, String chinese) {
		boolean wantsChinese = locale != null && "zh".equals(locale.getLanguage());
		String first = wantsChinese ? chinese : english;
		String second = wantsChinese ? english : chinese;
		return (first != null && !first.isBlank()) ? first : second;
	}

}
