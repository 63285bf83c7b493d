package com.custodia.risk;

import com.custodia.clients.RiskLevel;
import com.custodia.web.Labelled;

/**
 * The matching rule of the investor suitability rules (证券期货投资者适当性管理办法): a client of level Cn may be
 * offered products rated up to Rn (so C1 only R1); a professional investor may be offered any product; a client with
 * no valid assessment may be offered nothing, professional or not (every client is assessed; professional status
 * lifts the matching, not the assessment); a product for professional investors only is offered to no one else.
 */
public final class Suitability {

	/** Why an offer is or is not suitable; anything but {@link #SUITABLE} needs the client's recorded insistence. */
	public enum Verdict implements Labelled {

		SUITABLE, NO_VALID_ASSESSMENT, RISK_TOO_HIGH, PROFESSIONALS_ONLY;

		public boolean isSuitable() {
			return this == SUITABLE;
		}

		@Override
		public String messageKey() {
			return "risk.verdict." + name();
		}

	}

	private Suitability() {
	}

	/**
	 * @param level the client's current, effective and unexpired level, or {@code null} when there is none
	 */
	public static Verdict of(RiskLevel level, boolean professionalInvestor, ProductRisk rating,
			boolean productForProfessionalsOnly) {
		if (level == null) {
			return Verdict.NO_VALID_ASSESSMENT;
		}
		if (productForProfessionalsOnly && !professionalInvestor) {
			return Verdict.PROFESSIONALS_ONLY;
		}
		if (professionalInvestor) {
			return Verdict.SUITABLE;
		}
		return (rating.ordinal() <= level.ordinal()) ? Verdict.SUITABLE : Verdict.RISK_TOO_HIGH;
	}

	/** The highest rating a client of this level may be offered without an exception. */
	public static ProductRisk highestFor(RiskLevel level) {
		return ProductRisk.values()[level.ordinal()];
	}

}
