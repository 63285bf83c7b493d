package com.custodia.clients;

/**
 * A client's risk tolerance, from a risk assessment: C1 conservative to C5 aggressive. It lives with the client
 * because every module reads it (the client list filters on it); the risk module alone decides it.
 */
public enum RiskLevel implements com.custodia.web.Labelled {

	C1, C2, C3, C4, C5;

	/** The lower of two levels: a cap never raises a level. */
	public RiskLevel atMost(RiskLevel cap) {
		return (cap.ordinal() < ordinal()) ? cap : this;
	}

	@Override
	public String messageKey() {
		return "risk.level." + name();
	}

}
