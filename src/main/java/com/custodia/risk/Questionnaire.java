package com.custodia.risk;

import java.time.Instant;

import com.custodia.clients.ClientKind;

/** One stored questionnaire version. */
public record Questionnaire(long id, ClientKind kind, int versionNumber, QuestionnaireStatus status,
		QuestionnaireContent content, Instant createdAt, String createdBy, Instant publishedAt, String publishedBy,
		Instant retiredAt, long version) {

	public boolean isDraft() {
		return this.status == QuestionnaireStatus.DRAFT;
	}

	public boolean isInForce() {
		return this.status == QuestionnaireStatus.PUBLISHED;
	}

}
