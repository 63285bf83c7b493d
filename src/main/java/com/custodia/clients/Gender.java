package com.custodia.clients;

public enum Gender {

	MALE, FEMALE;

	public String messageKey() {
		return "client.gender." + name();
	}

}
