package com.custodia.risk;

import java.math.BigDecimal;
import java.time.Instant;

import com.custodia.clients.RiskLevel;

/**
 * A product recommended to a client, with the suitability verdict of that moment. An exception (a mismatch the client
 * insisted on) carries the warning shown, the client's statement and the RM's note, and waits for compliance review.
 */
public record Recommendation(long id, long clientId, long productId, String productName, ProductType productType,
		Long assessmentId, RiskLevel clientLevel, boolean professional, ProductRisk productRating,
		Suitability.Verdict verdict, BigDecimal amount, String rmNote, String warningText, String clientStatement,
		Instant recommendedAt, String recommendedBy, ReviewStatus reviewStatus, String reviewedBy, Instant reviewedAt,
		String reviewComment, long version) {

	public boolean isException() {
		return this.reviewStatus != ReviewStatus.NOT_REQUIRED;
	}

	public boolean isPending() {
		return this.reviewStatus == ReviewStatus.PENDING;
	}

}
