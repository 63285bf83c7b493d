package com.custodia.risk.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.custodia.clients.RiskLevel;
import com.custodia.risk.QuestionnaireContent;
import com.custodia.web.FieldProblem;
import com.custodia.web.PlainText;

/**
 * The questionnaire designer's form: the whole draft at once (titles, age cap, bands, questions with their options),
 * numbers kept as typed so a mistyped score comes back with its message instead of vanishing.
 */
public class QuestionnaireForm {

	private String titleEn;

	private String titleZh;

	private String ageCapFrom;

	private RiskLevel ageCapLevel;

	private long version;

	private List<BandRow> bands = new ArrayList<>();

	private List<QuestionRow> questions = new ArrayList<>();

	static QuestionnaireForm of(QuestionnaireContent content, long version) {
		QuestionnaireForm form = new QuestionnaireForm();
		form.titleEn = content.titleEn();
		form.titleZh = content.titleZh();
		form.ageCapFrom = (content.ageCapFrom() != null) ? String.valueOf(content.ageCapFrom()) : null;
		form.ageCapLevel = content.ageCapLevel();
		form.version = version;
		for (RiskLevel level : RiskLevel.values()) {
			BandRow row = new BandRow();
			row.level = level;
			content.bands().stream().filter((band) -> band.level() == level).findFirst().ifPresent((band) -> {
				row.from = String.valueOf(band.from());
				row.to = String.valueOf(band.to());
			});
			form.bands.add(row);
		}
		for (QuestionnaireContent.QuestionText question : content.questions()) {
			QuestionRow row = new QuestionRow();
			row.textEn = question.textEn();
			row.textZh = question.textZh();
			row.multiple = question.multiple();
			for (QuestionnaireContent.OptionText option : question.options()) {
				OptionRow optionRow = new OptionRow();
				optionRow.textEn = option.textEn();
				optionRow.textZh = option.textZh();
				optionRow.score = String.valueOf(option.score());
				optionRow.cap = option.cap();
				row.options.add(optionRow);
			}
			form.questions.add(row);
		}
		return form;
	}

	/**
	 * Applies one of the designer's buttons ({@code addQuestion}, {@code up-2}, {@code removeOption-2-0}...); answers
	 * the anchor to return to. An action that names no existing question or option changes nothing.
	 */
	String apply(String action) {
		String[] parts = action.split("-");
		int q = (parts.length > 1) ? index(parts[1], this.questions.size()) : -1;
		if (!parts[0].equals("addQuestion") && q < 0) {
			return "";
		}
		switch (parts[0]) {
			case "addQuestion" -> {
				QuestionRow row = new QuestionRow();
				row.options.add(new OptionRow());
				row.options.add(new OptionRow());
				this.questions.add(row);
				return "question-" + this.questions.size();
			}
			case "removeQuestion" -> {
				this.questions.remove(q);
				return "questions";
			}
			case "addOption" -> {
				this.questions.get(q).options.add(new OptionRow());
				return "question-" + (q + 1);
			}
			case "removeOption" -> {
				int o = (parts.length > 2) ? index(parts[2], this.questions.get(q).options.size()) : -1;
				if (o >= 0) {
					this.questions.get(q).options.remove(o);
				}
				return "question-" + (q + 1);
			}
			case "up" -> {
				if (q > 0) {
					Collections.swap(this.questions, q, q - 1);
				}
				return "question-" + Math.max(1, q);
			}
			case "down" -> {
				if (q < this.questions.size() - 1) {
					Collections.swap(this.questions, q, q + 1);
				}
				return "question-" + Math.min(this.questions.size(), q + 2);
			}
			default -> {
				return "";
			}
		}
	}

	/** The index the text names if it is one below {@code size}, else -1. */
	private static int index(String text, int size) {
		if (!text.matches("[0-9]{1,4}")) {
			return -1;
		}
		int index = Integer.parseInt(text);
		return (index < size) ? index : -1;
	}

	/** The content, or the numbers that could not be read, by field. */
	QuestionnaireContent toContent(List<FieldProblem> problems) {
		List<QuestionnaireContent.Band> bandList = new ArrayList<>();
		for (int i = 0; i < this.bands.size(); i++) {
			BandRow row = this.bands.get(i);
			Integer from = number(problems, "bands[" + i + "].from", row.from);
			Integer to = number(problems, "bands[" + i + "].to", row.to);
			if (from != null && to != null && row.level != null) {
				bandList.add(new QuestionnaireContent.Band(from, to, row.level));
			}
			else if ((from == null) != (to == null)) {
				problems.add(new FieldProblem("bands[" + i + "]." + ((from == null) ? "from" : "to"), "risk.questionnaire.bandBoth"));
			}
		}
		List<QuestionnaireContent.QuestionText> questionList = new ArrayList<>();
		for (int q = 0; q < this.questions.size(); q++) {
			QuestionRow row = this.questions.get(q);
			List<QuestionnaireContent.OptionText> options = new ArrayList<>();
			for (int o = 0; o < row.options.size(); o++) {
				OptionRow option = row.options.get(o);
				Integer score = number(problems, "questions[" + q + "].options[" + o + "].score", option.score);
				options.add(new QuestionnaireContent.OptionText(null, trim(option.textEn), trim(option.textZh),
						(score != null) ? score : 0, option.cap));
			}
			questionList.add(new QuestionnaireContent.QuestionText(null, trim(row.textEn), trim(row.textZh), row.multiple,
					options));
		}
		Integer ageFrom = number(problems, "ageCapFrom", this.ageCapFrom);
		return new QuestionnaireContent(trim(this.titleEn), trim(this.titleZh), questionList, bandList, ageFrom,
				this.ageCapLevel);
	}

	private static Integer number(List<FieldProblem> problems, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!text.strip().matches("-?[0-9]{1,6}")) {
			problems.add(new FieldProblem(field, "risk.questionnaire.wholeNumber"));
			return null;
		}
		return Integer.valueOf(text.strip());
	}

	private static String trim(String text) {
		return (text == null) ? "" : PlainText.clean(text).strip();
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getTitleZh() {
		return this.titleZh;
	}

	public void setTitleZh(String titleZh) {
		this.titleZh = titleZh;
	}

	public String getAgeCapFrom() {
		return this.ageCapFrom;
	}

	public void setAgeCapFrom(String ageCapFrom) {
		this.ageCapFrom = ageCapFrom;
	}

	public RiskLevel getAgeCapLevel() {
		return this.ageCapLevel;
	}

	public void setAgeCapLevel(RiskLevel ageCapLevel) {
		this.ageCapLevel = ageCapLevel;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<BandRow> getBands() {
		return this.bands;
	}

	public void setBands(List<BandRow> bands) {
		this.bands = bands;
	}

	public List<QuestionRow> getQuestions() {
		return this.questions;
	}

	public void setQuestions(List<QuestionRow> questions) {
		this.questions = questions;
	}

	/** One band: the level is fixed per row; a row left empty is not used. */
	public static class BandRow {

		private RiskLevel level;

		private String from;

		private String to;

		public RiskLevel getLevel() {
			return this.level;
		}

		public void setLevel(RiskLevel level) {
			this.level = level;
		}

		public String getFrom() {
			return this.from;
		}

		public void setFrom(String from) {
			this.from = from;
		}

		public String getTo() {
			return this.to;
		}

		public void setTo(String to) {
			this.to = to;
		}

	}

	public static class QuestionRow {

		private String textEn;

		private String textZh;

		private boolean multiple;

		private List<OptionRow> options = new ArrayList<>();

		public String getTextEn() {
			return this.textEn;
		}

		public void setTextEn(String textEn) {
			this.textEn = textEn;
		}

		public String getTextZh() {
			return this.textZh;
		}

		public void setTextZh(String textZh) {
			this.textZh = textZh;
		}

		public boolean isMultiple() {
			return this.multiple;
		}

		public void setMultiple(boolean multiple) {
			this.multiple = multiple;
		}

		public List<OptionRow> getOptions() {
			return this.options;
		}

		public void setOptions(List<OptionRow> options) {
			this.options = options;
		}

	}

	public static class OptionRow {

		private String textEn;

		private String textZh;

		private String score;

		private RiskLevel cap;

		public String getTextEn() {
			return this.textEn;
		}

		public void setTextEn(String textEn) {
			this.textEn = textEn;
		}

		public String getTextZh() {
			return this.textZh;
		}

		public void setTextZh(String textZh) {
			this.textZh = textZh;
		}

		public String getScore() {
			return this.score;
		}

		public void setScore(String score) {
			this.score = score;
		}

		public RiskLevel getCap() {
			return this.cap;
		}

		public void setCap(RiskLevel cap) {
			this.cap = cap;
		}

	}

}
