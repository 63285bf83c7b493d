package com.custodia.tiering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import com.custodia.clients.ClientKind;
import com.custodia.clients.Tier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tiering rules without a database: thresholds to the fen, conditions, the grace period and service levels. */
class TieringRulesTests {

	static TierRuleSet defaults() {
		Map<Tier, TierRule> rules = new EnumMap<>(Tier.class);
		rules.put(Tier.BRONZE, new TierRule(Tier.BRONZE, BigDecimal.ZERO, null, false, 6, null));
		rules.put(Tier.SILVER, new TierRule(Tier.SILVER, new BigDecimal("500000.00"), null, false, 3, null));
		rules.put(Tier.GOLD, new TierRule(Tier.GOLD, new BigDecimal("6000000.00"), 3, false, 1, null));
		rules.put(Tier.DIAMOND, new TierRule(Tier.DIAMOND, new BigDecimal("30000000.00"), null, true, 1, 3));
		rules.put(Tier.SMALL, new TierRule(Tier.SMALL, BigDecimal.ZERO, null, false, 6, null));
		rules.put(Tier.MEDIUM, new TierRule(Tier.MEDIUM, new BigDecimal("10000000.00"), null, false, 3, 12));
		rules.put(Tier.LARGE, new TierRule(Tier.LARGE, new BigDecimal("100000000.00"), null, false, 1, 3));
		return new TierRuleSet(1, Instant.EPOCH, "test", "test", 90, rules);
	}

	@Test
	void exactlyAtTheThresholdIsEnoughAndOneFenBelowIsNot() {
		TierRuleSet rules = defaults();
		assertThat(rules.tierFor(ClientKind.INDIVIDUAL, new BigDecimal("500000.00"), null, false)).isEqualTo(Tier.SILVER);
		assertThat(rules.tierFor(ClientKind.INDIVIDUAL, new BigDecimal("499999.99"), null, false)).isEqualTo(Tier.BRONZE);
		assertThat(rules.tierFor(ClientKind.INDIVIDUAL, BigDecimal.ZERO, null, false)).isEqualTo(Tier.BRONZE);
		assertThat(rules.tierFor(ClientKind.INSTITUTION, new BigDecimal("100000000.00"), null, false)).isEqualTo(Tier.LARGE);
		assertThat(rules.tierFor(ClientKind.INSTITUTION, new BigDecimal("99999999.99"), null, false)).isEqualTo(Tier.MEDIUM);
		assertThat(rules.tierFor(ClientKind.INSTITUTION, new BigDecimal("9999999.99"), null, false)).isEqualTo(Tier.SMALL);
	}

	@Test
	void extraConditionsHoldAClientBelowATierTheirAssetsReach() {
		TierRuleSet rules = defaults();
		// Gold asks three years of experience: with two, or unknown, the client stays Silver.
		assertThat(rules.tierFor(ClientKind.INDIVIDUAL, new BigDecimal("7000000"), 3, false)).isEqualTo(Tier.GOLD);
		assertThat(rules.tierFor(ClientKind.INDIVIDUAL, new BigDecimal("7000000"), 2, false)).isEqualTo(Tier.SILVER);
		assertThat(rules.tierFor(ClientKind.INDIVIDUAL, new BigDecimal("7000000"), null, false)).isEqualTo(Tier.SILVER);
		// Diamond asks a valid risk assessment: without one, the highest tier met below it.
		assertThat(rules.tierFor(ClientKind.INDIVIDUAL, new BigDecimal("40000000"), 10, true)).isEqualTo(Tier.DIAMOND);
		assertThat(rules.tierFor(ClientKind.INDIVIDUAL, new BigDecimal("40000000"), 10, false)).isEqualTo(Tier.GOLD);
	}

	@Test
	void upgradesApplyAtOnceAndDowngradesOnlyAfterTheWholeGracePeriod() {
		LocalDate day = LocalDate.of(2026, 11, 23);
		TierDecision.Outcome first = TierDecision.decide(null, null, Tier.SILVER, null, false, day, 90);
		assertThat(first.tier()).isEqualTo(Tier.SILVER);
		assertThat(first.cause()).isEqualTo(TierDecision.Cause.RULES);
		TierDecision.Outcome up = TierDecision.decide(Tier.SILVER, null, Tier.GOLD, null, false, day, 90);
		assertThat(up.tier()).isEqualTo(Tier.GOLD);
		assertThat(up.cause()).isEqualTo(TierDecision.Cause.RULES);

		TierDecision.Outcome dropped = TierDecision.decide(Tier.GOLD, null, Tier.SILVER, null, false, day, 90);
		assertThat(dropped.tier()).isEqualTo(Tier.GOLD);
		assertThat(dropped.belowSince()).isEqualTo(day);
		assertThat(dropped.changed()).isFalse();
		TierDecision.Outcome dayBefore = TierDecision.decide(Tier.GOLD, day, Tier.SILVER, null, false, day.plusDays(89), 90);
		assertThat(dayBefore.tier()).isEqualTo(Tier.GOLD);
		assertThat(dayBefore.belowSince()).isEqualTo(day);
		TierDecision.Outcome over = TierDecision.decide(Tier.GOLD, day, Tier.SILVER, null, false, day.plusDays(90), 90);
		assertThat(over.tier()).isEqualTo(Tier.SILVER);
		assertThat(over.cause()).isEqualTo(TierDecision.Cause.GRACE_ENDED);
		assertThat(TierDecision.downgradeOn(day, 90)).isEqualTo(day.plusDays(90));

		// The assets came back in between: the count starts again.
		TierDecision.Outcome back = TierDecision.decide(Tier.GOLD, day, Tier.GOLD, null, false, day.plusDays(30), 90);
		assertThat(back.belowSince()).isNull();
		assertThat(back.changed()).isFalse();
		assertThat(TierDecision.decide(Tier.GOLD, null, Tier.SILVER, null, false, day, 0).tier()).isEqualTo(Tier.SILVER);
	}

	@Test
	void anOverrideWinsWhileItLastsAndTheRulesApplyAtOnceWhenItEnds() {
		LocalDate day = LocalDate.of(2026, 11, 23);
		TierDecision.Outcome held = TierDecision.decide(Tier.SILVER, null, Tier.SILVER, Tier.DIAMOND, false, day, 90);
		assertThat(held.tier()).isEqualTo(Tier.DIAMOND);
		assertThat(held.cause()).isEqualTo(TierDecision.Cause.OVERRIDE);
		assertThat(TierDecision.decide(Tier.DIAMOND, null, Tier.SILVER, Tier.DIAMOND, false, day, 90).changed()).isFalse();
		TierDecision.Outcome ended = TierDecision.decide(Tier.DIAMOND, null, Tier.SILVER, null, true, day, 90);
		assertThat(ended.tier()).isEqualTo(Tier.SILVER);
		assertThat(ended.cause()).isEqualTo(TierDecision.Cause.OVERRIDE_ENDED);
	}

	@Test
	void contactIsDueFromTheLastContactOrFromTheDayTheClientCameAndFaceToFaceWhereTheTierAsks() {
		TierRuleSet rules = defaults();
		LocalDate today = LocalDate.of(2026, 11, 23);
		ServiceLevel gold = ServiceLevel.of(rules.rule(Tier.GOLD), LocalDate.of(2024, 1, 1), today.minusDays(40), null);
		assertThat(gold.contactDue()).isEqualTo(today.minusDays(40).plusMonths(1));
		assertThat(gold.faceToFaceDue()).isNull();
		assertThat(gold.standing(today)).isEqualTo(ServiceLevel.Standing.OVERDUE);
		ServiceLevel silver = ServiceLevel.of(rules.rule(Tier.SILVER), LocalDate.of(2024, 1, 1), today.minusDays(80), null);
		assertThat(silver.standing(today)).isEqualTo(ServiceLevel.Standing.DUE_SOON);
		ServiceLevel bronze = ServiceLevel.of(rules.rule(Tier.BRONZE), today.minusMonths(2), null, null);
		assertThat(bronze.contactDue()).isEqualTo(today.minusMonths(2).plusMonths(6));
		assertThat(bronze.standing(today)).isEqualTo(ServiceLevel.Standing.ON_TRACK);
		ServiceLevel diamond = ServiceLevel.of(rules.rule(Tier.DIAMOND), LocalDate.of(2024, 1, 1), today.minusDays(5),
				today.minusMonths(4));
		assertThat(diamond.faceToFaceDue()).isEqualTo(today.minusMonths(4).plusMonths(3));
		assertThat(diamond.nextDue()).isEqualTo(diamond.faceToFaceDue());
		assertThat(diamond.standing(today)).isEqualTo(ServiceLevel.Standing.OVERDUE);
		// Moved up to Gold yesterday with the last contact 40 days ago: a month from the move, not overdue at once.
		ServiceLevel movedUp = ServiceLevel.of(rules.rule(Tier.GOLD), LocalDate.of(2024, 1, 1), today.minusDays(40), null,
				today.minusDays(1));
		assertThat(movedUp.contactDue()).isEqualTo(today.minusDays(1).plusMonths(1));
		assertThat(movedUp.standing(today)).isEqualTo(ServiceLevel.Standing.ON_TRACK);
	}

}
