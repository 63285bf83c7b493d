package com.custodia.clients;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Which individual segment a client's financial assets (in CNY) put them in. The thresholds are the admin's to edit;
 * the defaults follow common industry usage: high-net-worth from CNY 6 million, ultra-high-net-worth from CNY 100
 * million. An RM may not choose a segment the assets contradict.
 */
public record SegmentRules(BigDecimal highNetWorthFrom, BigDecimal ultraHighNetWorthFrom) {

	public static final SegmentRules DEFAULTS = new SegmentRules(new BigDecimal("6000000"), new BigDecimal("100000000"));

	public SegmentRules {
		Objects.requireNonNull(highNetWorthFrom);
		Objects.requireNonNull(ultraHighNetWorthFrom);
		if (highNetWorthFrom.signum() <= 0 || ultraHighNetWorthFrom.compareTo(highNetWorthFrom) <= 0) {
			throw new IllegalArgumentException("Thresholds must be positive and rising");
		}
	}

	public Segment individualSegmentFor(BigDecimal financialAssets) {
		BigDecimal assets = (financialAssets != null) ? financialAssets : BigDecimal.ZERO;
		if (assets.compareTo(this.ultraHighNetWorthFrom) >= 0) {
			return Segment.INDIVIDUAL_ULTRA_HIGH_NET_WORTH;
		}
		if (assets.compareTo(this.highNetWorthFrom) >= 0) {
			return Segment.INDIVIDUAL_HIGH_NET_WORTH;
		}
		return Segment.INDIVIDUAL_ORDINARY;
	}

	/** Whether an individual with these assets may be put in the chosen segment. */
	public boolean permitsIndividual(Segment chosen, BigDecimal financialAssets) {
		return chosen == individualSegmentFor(financialAssets);
	}

}
