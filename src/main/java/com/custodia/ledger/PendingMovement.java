package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/** A movement waiting for a second person, as the approvals queue lists it. */
public record PendingMovement(long entryId, long propertyId, String propertyCode, long clientId, EntryKind kind,
		BigDecimal valueChange, BigDecimal quantityChange, Currency currency, BigDecimal baseAmount, String reason,
		Instant madeAt, String madeBy, long madeById, BigDecimal balance) {
}
