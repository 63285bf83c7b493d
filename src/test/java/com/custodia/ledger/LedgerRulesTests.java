package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger's pure rules: balances, four eyes, dated exchange rates, alerts, codes and statement arithmetic. */
class LedgerRulesTests {

	private static final LedgerRules.Balance HUNDRED = new LedgerRules.Balance(new BigDecimal("100.00"), BigDecimal.ZERO);

	@Test
	void aBalanceNeverGoesBelowZeroNeitherInValueNorInQuantity() {
		assertThat(LedgerRules.problems(PropertyStatus.IN_CUSTODY, EntryKind.WITHDRAWAL, HUNDRED, new BigDecimal("-100.00"),
				BigDecimal.ZERO)).isEmpty();
		assertThat(LedgerRules.problems(PropertyStatus.IN_CUSTODY, EntryKind.WITHDRAWAL, HUNDRED, new BigDecimal("-100.01"),
				BigDecimal.ZERO)).containsExactly("ledger.movement.belowZero");
		LedgerRules.Balance tenGrams = new LedgerRules.Balance(new BigDecimal("5000"), new BigDecimal("10"));
		assertThat(LedgerRules.problems(PropertyStatus.IN_CUSTODY, EntryKind.WITHDRAWAL, tenGrams, new BigDecimal("-500"),
				new BigDecimal("-11"))).containsExactly("ledger.movement.belowZero");
	}

	@Test
	void eachKindMovesTheWayItSays() {
		assertThat(LedgerRules.problems(PropertyStatus.IN_CUSTODY, EntryKind.DEPOSIT, HUNDRED, new BigDecimal("-1"),
				BigDecimal.ZERO)).containsExactly("ledger.movement.mustAdd");
		assertThat(LedgerRules.problems(PropertyStatus.IN_CUSTODY, EntryKind.WITHDRAWAL, HUNDRED, BigDecimal.ZERO,
				BigDecimal.ZERO)).containsExactly("ledger.movement.mustTake");
		assertThat(LedgerRules.problems(PropertyStatus.IN_CUSTODY, EntryKind.STATUS_CHANGE, HUNDRED, BigDecimal.ONE,
				BigDecimal.ZERO)).containsExactly("ledger.movement.statusOnly");
		assertThat(LedgerRules.problems(PropertyStatus.IN_CUSTODY, EntryKind.REVALUATION, HUNDRED, new BigDecimal("-40"),
				BigDecimal.ZERO)).isEmpty();
		assertThat(LedgerRules.problems(PropertyStatus.IN_CUSTODY, EntryKind.REGISTRATION, HUNDRED, BigDecimal.ONE,
				BigDecimal.ZERO)).containsExactly("ledger.movement.registrationIsFirst");
	}

	@Test
	void releasedOrLostPropertyTakesNothingButAReversal() {
		for (PropertyStatus closed : List.of(PropertyStatus.RELEASED, PropertyStatus.LOST_OR_DAMAGED)) {
			assertThat(LedgerRules.problems(closed, EntryKind.DEPOSIT, HUNDRED, BigDecimal.ONE, BigDecimal.ZERO))
				.contains("ledger.movement.propertyClosed");
			assertThat(LedgerRules.problems(closed, EntryKind.REVERSAL, HUNDRED, BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
		}
		assertThat(PropertyStatus.PLEDGED.takesMovements()).isTrue();
		LedgerRules.Balance release = LedgerRules.releaseChange(new LedgerRules.Balance(new BigDecimal("7.50"), BigDecimal.TEN));
		assertThat(new LedgerRules.Balance(new BigDecimal("7.50"), BigDecimal.TEN).plus(release.value(), release.quantity()))
			.satisfies((after) -> {
				assertThat(after.value()).isZero();
				assertThat(after.quantity()).isZero();
			});
	}

	@Test
	void aMovementAboveTheThresholdEveryReleaseAndEveryReversalNeedASecondPerson() {
		BigDecimal threshold = FourEyes.DEFAULT_THRESHOLD;
		assertThat(FourEyes.needsApproval(EntryKind.WITHDRAWAL, new BigDecimal("-1000000.00"), threshold)).isFalse();
		assertThat(FourEyes.needsApproval(EntryKind.WITHDRAWAL, new BigDecimal("-1000000.01"), threshold)).isTrue();
		assertThat(FourEyes.needsApproval(EntryKind.DEPOSIT, new BigDecimal("1000000.01"), threshold)).isTrue();
		assertThat(FourEyes.needsApproval(EntryKind.RELEASE, BigDecimal.ONE, threshold)).isTrue();
		assertThat(FourEyes.needsApproval(EntryKind.REVERSAL, BigDecimal.ZERO, threshold)).isTrue();
		assertThat(FourEyes.needsApproval(EntryKind.STATUS_CHANGE, PropertyStatus.LOST_OR_DAMAGED, BigDecimal.ZERO,
				threshold)).isTrue();
		assertThat(FourEyes.needsApproval(EntryKind.STATUS_CHANGE, PropertyStatus.PLEDGED, BigDecimal.ZERO, threshold))
			.isFalse();
		assertThat(FourEyes.mayDecide(7, 7)).isFalse();
		assertThat(FourEyes.mayDecide(7, 8)).isTrue();
	}

	@Test
	void aValueConvertsAtTheRateInForceOnTheDay() {
		ExchangeRates rates = ExchangeRates.of(List.of(
				new ExchangeRates.Rate(Currency.USD, LocalDate.of(2026, 1, 1), new BigDecimal("7.1000")),
				new ExchangeRates.Rate(Currency.USD, LocalDate.of(2026, 7, 1), new BigDecimal("7.2500")),
				new ExchangeRates.Rate(Currency.HKD, LocalDate.of(2026, 1, 1), new BigDecimal("0.91235"))));
		assertThat(rates.toBase(new BigDecimal("100"), Currency.USD, LocalDate.of(2025, 12, 31))).isEmpty();
		assertThat(rates.toBase(new BigDecimal("100"), Currency.USD, LocalDate.of(2026, 1, 1))).contains(new BigDecimal("710.00"));
		assertThat(rates.toBase(new BigDecimal("100"), Currency.USD, LocalDate.of(2026, 6, 30))).contains(new BigDecimal("710.00"));
		assertThat(rates.toBase(new BigDecimal("100"), Currency.USD, LocalDate.of(2026, 7, 1))).contains(new BigDecimal("725.00"));
		// Half up to the fen: 1 HKD is 0.91235, so 1 HKD is CNY 0.91 and 3 HKD (2.73705) is CNY 2.74.
		assertThat(rates.toBase(new BigDecimal("1"), Currency.HKD, LocalDate.of(2026, 3, 1))).contains(new BigDecimal("0.91"));
		assertThat(rates.toBase(new BigDecimal("3"), Currency.HKD, LocalDate.of(2026, 3, 1))).contains(new BigDecimal("2.74"));
		assertThat(rates.toBase(new BigDecimal("12.345"), Currency.CNY, LocalDate.of(2000, 1, 1))).contains(new BigDecimal("12.35"));
		assertThat(rates.rateOn(Currency.EUR, LocalDate.of(2026, 3, 1))).isEmpty();
		assertThatThrownBy(() -> new ExchangeRates.Rate(Currency.EUR, LocalDate.of(2026, 1, 1), BigDecimal.ZERO))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void unusualMovementsRaiseTheirAlertsAtTheirThresholds() {
		AlertRules.Settings settings = AlertRules.Settings.DEFAULT;
		assertThat(AlertRules.reasons(settings, EntryKind.DEPOSIT, new BigDecimal("5000000.00"), 0, BigDecimal.ZERO)).isEmpty();
		assertThat(AlertRules.reasons(settings, EntryKind.DEPOSIT, new BigDecimal("5000000.01"), 0, BigDecimal.ZERO))
			.containsExactly(AlertRules.Reason.LARGE_MOVEMENT);
		assertThat(AlertRules.reasons(settings, EntryKind.WITHDRAWAL, new BigDecimal("-10"), 3, new BigDecimal("1000")))
			.isEmpty();
		assertThat(AlertRules.reasons(settings, EntryKind.WITHDRAWAL, new BigDecimal("-10"), 4, new BigDecimal("1000")))
			.containsExactly(AlertRules.Reason.FREQUENT_WITHDRAWALS);
		assertThat(AlertRules.reasons(settings, EntryKind.WITHDRAWAL, new BigDecimal("-800"), 1, new BigDecimal("1000")))
			.isEmpty();
		assertThat(AlertRules.reasons(settings, EntryKind.RELEASE, new BigDecimal("-800.01"), 1, new BigDecimal("1000")))
			.containsExactly(AlertRules.Reason.MOST_OF_ASSETS);
		assertThat(AlertRules.reasons(settings, EntryKind.DEPOSIT, new BigDecimal("900"), 9, new BigDecimal("1000"))).isEmpty();
	}

	@Test
	void propertyCodesReadAsPrintedAndAsScanned() {
		assertThat(PropertyCode.of(2026, 456)).isEqualTo("P2026-000456");
		assertThat(PropertyCode.of(2026, 1_234_567)).isEqualTo("P2026-1234567");
		assertThat(PropertyCode.isValid(" p2026-000456 ")).isTrue();
		assertThat(PropertyCode.isValid("P2026-456")).isFalse();
		assertThat(PropertyCode.isValid("C2026-000456")).isFalse();
		assertThatThrownBy(() -> PropertyCode.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
