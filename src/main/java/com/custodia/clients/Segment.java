package com.custodia.clients;

/** The firm's client segments: three for individuals (by financial assets), three for institutions (by kind). */
public enum Segment implements com.custodia.web.Labelled {


	INDIVIDUAL_ORDINARY(true), INDIVIDUAL_HIGH_NET_WORTH(true), INDIVIDUAL_ULTRA_HIGH_NET_WORTH(true),

	INSTITUTION_ENTERPRISE(false), INSTITUTION_FINANCIAL(false), INSTITUTION_GOVERNMENT(false);

	private final boolean individual;

	Segment(boolean individual) {
		this.individual = individual;
	}

	public boolean isIndividual() {
		return this.individual;
	}

	@Override
	public String messageKey() {
		return "client.segment." + name();
	}

}
