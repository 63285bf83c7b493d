package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/** A ledger entry as the property page lists it. */
public record EntryView(long id, EntryKind kind, String state, BigDecimal valueChange, BigDecimal quantityChange,
		PropertyStatus statusAfter, BigDecimal valueAfter, BigDecimal quantityAfter, String reason, Instant madeAt,
		String madeBy, Instant decidedAt, String decidedBy, String decisionComment, Long reversesEntryId,
		boolean reversed) {

	public boolean isPending() {
		return "PENDING".equals(this.state);
	}

	public boolean isPosted() {
		return "POSTED".equals(this.state);
	}

	/** Whether a reversal may be asked for: posted, not a registration, reversal or transfer, and not reversed yet. */
	public boolean isReversible() {
		return isPosted() && !this.reversed && this.kind != EntryKind.REGISTRATION && this.kind != EntryKind.REVERSAL
				&& this.kind != EntryKind.TRANSFER_IN && this.kind != EntryKind.TRANSFER_OUT;
	}

}
