package com.custodia.clients;

/** The identity documents an individual may be onboarded with; only the resident ID card has a check digit. */
public enum IdType implements com.custodia.web.Labelled {

	RESIDENT_ID, PASSPORT, HMT_PERMIT, OTHER;

	@Override
	public String messageKey() {
		return "client.idType." + name();
	}

}
