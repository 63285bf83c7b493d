package com.custodia.risk;

/** A questionnaire version's life: edited as a draft, published (frozen, in force), retired by the next version. */
public enum QuestionnaireStatus implements com.custodia.web.Labelled {

	DRAFT, PUBLISHED, RETIRED;

	@Override
	public String messageKey() {
		return "risk.questionnaire.status." + name();
	}

}
