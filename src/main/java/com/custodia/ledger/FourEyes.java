package com.custodia.ledger;

import java.math.BigDecimal;

/**
 * The maker-checker rule: a movement above the threshold (in the base currency, on the day), every release and every
 * reversal wait for a second user's approval, and that user is never the maker, whatever their role.
 */
public final class FourEyes {

	/** The default threshold, CNY 1,000,000, which an admin may change. */
	public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("1000000.00");

	private FourEyes() {
	}

	/** @param baseAmount the movement's size in the base currency (its sign does not matter) */
	public static boolean needsApproval(EntryKind kind, BigDecimal baseAmount, BigDecimal threshold) {
		return kind == EntryKind.RELEASE || kind == EntryKind.REVERSAL || baseAmount.abs().compareTo(threshold) > 0;
	}

	/** Whether this user may approve or reject the movement: anyone with the permission but its maker. */
	public static boolean mayDecide(long makerId, long checkerId) {
		return makerId != checkerId;
	}

}
