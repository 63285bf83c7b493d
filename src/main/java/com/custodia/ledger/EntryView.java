package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A ledger entry as the property page lists it; for either half of a transfer (or of its reversal), the property on
 * the other side.
 */
public record EntryView(long id, EntryKind kind, String state, BigDecimal valueChange, BigDecimal quantityChange,
		PropertyStatus statusAfter, BigDecimal valueAfter, BigDecimal quantityAfter, String reason, Instant madeAt,
		String madeBy, Instant decidedAt, String decidedBy, String decisionComment, Long reversesEntryId,
		boolean reversed, boolean reversalPending, Long counterpartId, String counterpartCode) {

	public boolean isPending() {
		return "PENDING".equals(this.state);
	}

	public boolean isPosted() {
		return "POSTED".equals(this.state);
	}

	/**
	 * Whether a reversal may be asked for: posted, not a registration or a reversal, not reversed and no reversal
	 * waiting for approval.
	 */
	public boolean isReversible() {
		return isPosted() && !this.reversed && !this.reversalPending && this.kind != EntryKind.REGISTRATION
				&& this.kind != EntryKind.REVERSAL;
	}

}
