package com.custodia.tiering;

import java.math.BigDecimal;

import com.custodia.clients.Tier;

/**
 * What one tier asks of a client and what it gives them: the minimum assets under custody in the base currency, the
 * optional extra conditions, and the service level (contact at least every {@code contactMonths}, and a face-to-face
 * review every {@code faceToFaceMonths} when set).
 */
public record TierRule(Tier tier, BigDecimal minAssets, Integer minExperienceYears, boolean requiresValidAssessment,
		int contactMonths, Integer faceToFaceMonths) {

	/** Whether a client with these facts meets the rule; exactly at the threshold is enough. */
	boolean isMetBy(BigDecimal assets, Integer yearsOfExperience, boolean riskValid) {
		return assets.compareTo(this.minAssets) >= 0
				&& (this.minExperienceYears == null
						|| (yearsOfExperience != null && yearsOfExperience >= this.minExperienceYears))
				&& (!this.requiresValidAssessment || riskValid);
	}

}
