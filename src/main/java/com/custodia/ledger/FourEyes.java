package com.custodia.ledger;

import java.math.BigDecimal;

/**
 * The maker-checker rule: a movement above the threshold (in the base currency, on the day), every release, every
 * write-off (a status change to lost or damaged: the property leaves the books as surely as by a release) and every
 * reversal wait for a second user's approval, and that user is never the maker, whatever their role.
 */
public final class FourEyes {

	/** The default threshold, CNY 1,000,000, which an admin may change. */
	public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("1000000.00");

	private FourEyes() {
	}

	/** @param baseAmount the movement's size in the base currency (its sign does not matter) */
	public static boolean needsApproval(EntryKind kind, BigDecimal baseAmount, BigDecimal threshold) {
		return needsApproval(kind, null, baseAmount, threshold);
	}

	/** @param statusAfter the status a status change sets, {@code null} for other movements */
	public static boolean needsApproval(EntryKind kind, PropertyStatus statusAfter, BigDecimal baseAmount,
			BigDecimal threshold) {
		return kind == EntryKind.RELEASE || kind == EntryKind.REVERSAL
				|| (kind == EntryKind.STATUS_CHANGE && statusAfter == PropertyStatus.LOST_OR_DAMAGED)
				|| baseAmount.abs().compareTo(threshold) > 0;
	}

	/** Whether this user may approve or reject the movement: anyone with the permission but its maker. */
	public static boolean mayDecide(long makerId, long checkerId) {
		return makerId != checkerId;
	}

}
