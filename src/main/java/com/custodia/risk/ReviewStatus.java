package com.custodia.risk;

/** Whether a recommendation needs compliance review, and what the review decided. */
public enum ReviewStatus implements com.custodia.web.Labelled {

	NOT_REQUIRED, PENDING, APPROVED, REJECTED;

	@Override
	public String messageKey() {
		return "risk.review.status." + name();
	}

}
