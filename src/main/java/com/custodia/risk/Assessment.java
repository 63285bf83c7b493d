package com.custodia.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.custodia.clients.RiskLevel;

/**
 * A confirmed assessment: the exact questionnaire version answered, the answers, the score and level with their
 * reasons, what the client was when assessed, and the allocation and validity in force then. Never edited; the
 * interview, when one is needed, is the one thing added later.
 */
public record Assessment(long id, long clientId, long questionnaireId, int questionnaireVersion,
		Map<String, List<String>> answers, int score, RiskLevel bandLevel, RiskLevel level, List<Scoring.Reason> reasons,
		Integer clientAge, boolean professional, boolean ultraHighNetWorth, Map<AssetClass, Integer> allocation,
		int validityMonths, AssessmentStatus status, Instant assessedAt, String assessedBy, LocalDate effectiveOn,
		LocalDate expiresOn, LocalDate interviewOn, String interviewer, String interviewNotes, String interviewRecordedBy,
		Instant interviewRecordedAt) {

	public boolean isAwaitingInterview() {
		return this.status == AssessmentStatus.AWAITING_INTERVIEW;
	}

	public boolean hasInterview() {
		return this.interviewOn != null;
	}

	/** Whether the chosen options of a question include this one (for the report's ticks). */
	public boolean chose(String questionCode, String optionCode) {
		return this.answers.getOrDefault(questionCode, List.of()).contains(optionCode);
	}

	/** The highest product rating this level may be offered without an exception. */
	public ProductRisk highestRating() {
		return Suitability.highestFor(this.level);
	}

	/** The status as a user should read it on {@code today}, given whether a later assessment took its place. */
	public AssessmentStatus statusOn(LocalDate today, boolean superseded) {
		if (superseded) {
			return AssessmentStatus.SUPERSEDED;
		}
		if (this.status == AssessmentStatus.EFFECTIVE && !today.isBefore(this.expiresOn)) {
			return AssessmentStatus.EXPIRED;
		}
		return this.status;
	}

}
