package com.custodia.risk;

import com.custodia.web.Labelled;

/** Whether a recommendation needs compliance review, and what the review decided. */
public enum ReviewStatus implements Labelled {

	NOT_REQUIRED, PENDING, APPROVED, REJECTED;

	@Override
	public String messageKey() {
		return "risk.review.status." + name();
	}

}
