package com.custodia.audit;

import java.time.Instant;

/**
 * What the audit list is filtered by; every part is optional.
 *
 * @param user the actor's username (exact, case-insensitive)
 * @param position the event's position in the hash chain
 * @param from events at or after this instant
 * @param until events before this instant
 */
public record AuditFilter(String user, String action, AuditOutcome outcome, String targetType, String targetId,
		Long clientId, Long position, Instant from, Instant until) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null, null, null);
	}

}
