package com.custodia.tiering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.custodia.clients.ClientKind;
import com.custodia.clients.Tier;

/** One version of the rules: every tier's rule and the downgrade grace period, as an admin saved them. */
public record TierRuleSet(long versionId, Instant createdAt, String createdBy, String reason, int graceDays,
		Map<Tier, TierRule> rules) {

	/**
	 * The highest tier of the client's kind whose rule the client meets; the kind's lowest tier when they meet none
	 * (every client has a tier).
	 */
	public Tier tierFor(ClientKind kind, BigDecimal assets, Integer yearsOfExperience, boolean riskValid) {
		List<Tier> tiers = Tier.of(kind);
		for (int i = tiers.size() - 1; i > 0; i--) {
			TierRule rule = this.rules.get(tiers.get(i));
			if (rule != null && rule.isMetBy(assets, yearsOfExperience, riskValid)) {
				return tiers.get(i);
			}
		}
		return tiers.get(0);
	}

	public TierRule rule(Tier tier) {
		return this.rules.get(tier);
	}

}
