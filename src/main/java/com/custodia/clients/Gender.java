package com.custodia.clients;

public enum Gender implements com.custodia.web.Labelled {

	MALE, FEMALE;

	@Override
	public String messageKey() {
		return "client.gender." + name();
	}

}
