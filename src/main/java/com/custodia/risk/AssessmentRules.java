package com.custodia.risk;

import com.custodia.clients.RiskLevel;

import java.time.LocalDate;

/**
 * When an assessment needs an interview before its level takes effect, and how long an effective level stays valid.
 */
public final class AssessmentRules {

	/** The default validity, which the risk officer may change. */
	public static final int DEFAULT_VALIDITY_MONTHS = 12;

	private AssessmentRules() {
	}

	/**
	 * A C5 result, and any assessment of an ultra-high-net-worth, Diamond-tier or professional client, needs a recorded
	 * interview.
	 */
	public static boolean needsInterview(RiskLevel result, boolean ultraHighNetWorthOrDiamond,
			boolean professionalInvestor) {
		return result == RiskLevel.C5 || ultraHighNetWorthOrDiamond || professionalInvestor;
	}

	/**
	 * The first day on which a level that took effect on {@code effectiveOn} is no longer valid: it is valid while
	 * today is before this day (as the client's {@code riskValid} and the list filters read it).
	 */
	public static LocalDate expiresOn(LocalDate effectiveOn, int validityMonths) {
		return effectiveOn.plusMonths(validityMonths);
	}

}
