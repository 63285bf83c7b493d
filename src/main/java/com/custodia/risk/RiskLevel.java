package com.custodia.risk;

/** A client's risk tolerance, from an assessment: C1 conservative to C5 aggressive. */
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
