package com.custodia.risk;

import com.custodia.web.Labelled;

/** A questionnaire version's life: edited as a draft, published (frozen, in force), retired by the next version. */
public enum QuestionnaireStatus implements Labelled {

	DRAFT, PUBLISHED, RETIRED;

	@Override
	public String messageKey() {
		return "risk.questionnaire.status." + name();
	}

}
