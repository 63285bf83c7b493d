package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A movement the user made that waits for a second person or was rejected, as "Your movements" lists it. A transfer
 * is listed once, by its first half, with the property on the other side.
 *
 * @param state {@code PENDING} or {@code REJECTED}
 */
public record OwnMovement(long entryId, long propertyId, String propertyCode, long clientId, EntryKind kind,
		BigDecimal valueChange, BigDecimal quantityChange, Currency currency, String reason, Instant madeAt, String state,
		Instant decidedAt, String decidedBy, String decisionComment, String counterpartCode) {
}
