package com.custodia.web;

import java.math.BigDecimal;
import java.util.Optional;

/** Amounts as people type them: thousands separators (also the Chinese comma) and a yuan sign are allowed. */
public final class Amounts {

	private Amounts() {
	}

	/** The amount the text means, empty for blank text; {@code IllegalArgumentException} when it is no amount. */
	public static Optional<BigDecimal> parse(String text) {
		String compact = (text == null) ? "" : text.replaceAll("[\\s,，¥￥]", "");
		if (compact.isEmpty()) {
			return Optional.empty();
		}
		if (!compact.matches("-?[0-9]{1,20}(\\.[0-9]{1,10})?")) {
			throw new IllegalArgumentException("Not an amount: " + text);
		}
		return Optional.of(new BigDecimal(compact));
	}

}
