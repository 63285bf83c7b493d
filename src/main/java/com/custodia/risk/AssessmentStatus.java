package com.custodia.risk;

import com.custodia.web.Labelled;

/**
 * Where an assessment stands. Stored: awaiting interview or effective. Shown: also superseded (a later one took its
 * place) and expired (its validity ran out).
 */
public enum AssessmentStatus implements Labelled {

	AWAITING_INTERVIEW, EFFECTIVE, SUPERSEDED, EXPIRED;

	@Override
	public String messageKey() {
		return "risk.assessment.status." + name();
	}

}
