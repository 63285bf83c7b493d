package com.custodia.clients.servicelog;

/** How the firm was in touch with a client: the service log's kinds, care events among them. */
public enum ContactKind implements com.custodia.web.Labelled {

	CALL, MEETING, VISIT, EMAIL, MESSAGE, CARE_BIRTHDAY, CARE_HOLIDAY, CARE_EVENT;

	public boolean isCare() {
		return name().startsWith("CARE_");
	}

	/** A contact in person: what a face-to-face review asks for. */
	public boolean isFaceToFace() {
		return this == MEETING || this == VISIT;
	}

	@Override
	public String messageKey() {
		return "client.contact.kind." + name();
	}

}
