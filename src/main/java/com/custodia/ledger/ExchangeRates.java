package com.custodia.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The admin's dated exchange rates to the base currency. A rate applies from its date until the next one of the same
 * currency; a value on a day converts at the rate in force that day. Base-currency amounts are rounded half up to the
 * fen (2 decimals), once, at the end.
 */
public final class ExchangeRates {

	/** One unit of {@code currency} is worth {@code inBase} of the base currency from {@code from} on. */
	public record Rate(Currency currency, LocalDate from, BigDecimal inBase) {

		public Rate {
			if (currency == Currency.BASE) {
				throw new IllegalArgumentException("The base currency needs no rate");
			}
			if (inBase.signum() <= 0) {
				throw new IllegalArgumentException("A rate is positive: " + inBase);
			}
		}

	}

	private final Map<Currency, NavigableMap<LocalDate, BigDecimal>> rates = new EnumMap<>(Currency.class);

	private ExchangeRates(Collection<Rate> rates) {
		rates.forEach((rate) -> this.rates.computeIfAbsent(rate.currency(), (currency) -> new TreeMap<>())
			.put(rate.from(), rate.inBase()));
	}

	public static ExchangeRates of(Collection<Rate> rates) {
		return new ExchangeRates(rates);
	}

	/** The rate in force on {@code day}; 1 for the base currency; empty when none applies yet. */
	public Optional<BigDecimal> rateOn(Currency currency, LocalDate day) {
		if (currency == Currency.BASE) {
			return Optional.of(BigDecimal.ONE);
		}
		NavigableMap<LocalDate, BigDecimal> dated = this.rates.get(currency);
		return Optional.ofNullable((dated != null) ? dated.floorEntry(day) : null).map(Map.Entry::getValue);
	}

	/** The amount in the base currency on {@code day}, to the fen; empty when no rate applies yet. */
	public Optional<BigDecimal> toBase(BigDecimal amount, Currency currency, LocalDate day) {
		return rateOn(currency, day).map((rate) -> amount.multiply(rate).setScale(2, RoundingMode.HALF_UP));
	}

}
