package com.custodia.clients;

/** An individual person or an institution (company, financial institution, public body). */
public enum ClientKind implements com.custodia.web.Labelled {

	INDIVIDUAL, INSTITUTION;

	@Override
	public String messageKey() {
		return "client.kind." + name();
	}

	/** The segments a client of this kind may be in. */
	public java.util.List<Segment> segments() {
		return java.util.Arrays.stream(Segment.values())
			.filter((segment) -> segment.isIndividual() == (this == INDIVIDUAL))
			.toList();
	}

}
