package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A movement waiting for a second person, as the approvals queue lists it. A transfer (or a transfer's reversal) is
 * listed once, by its first half, with the property on the other side: both halves are decided together.
 */
public record PendingMovement(long entryId, long propertyId, String propertyCode, long clientId, EntryKind kind,
		BigDecimal valueChange, BigDecimal quantityChange, Currency currency, BigDecimal baseAmount, String reason,
		Instant madeAt, String madeBy, long madeById, BigDecimal balance, Long counterpartId, String counterpartCode) {
}
