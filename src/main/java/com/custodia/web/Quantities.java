package com.custodia.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Quantities as pages show them ({@code ${@quantities.format(q)}}): thousands grouped, as many decimals as the
 * quantity has (up to the ledger's four), so 1,250 shares and 0.3571 fund units both read right.
 */
@Component("quantities")
public class Quantities {

	public String format(BigDecimal quantity) {
		if (quantity == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setParseBigDecimal(true);
		return format.format(quantity);
	}

	/** A change: a plus sign on additions, so a statement line says which way it went. */
	public String change(BigDecimal quantity) {
		return (quantity != null && quantity.signum() > 0) ? "+" + format(quantity) : format(quantity);
	}

}
