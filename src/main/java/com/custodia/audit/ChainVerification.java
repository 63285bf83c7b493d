package com.custodia.audit;

import java.time.Instant;

/**
 * The outcome of checking the whole chain.
 *
 * @param eventsChecked sealed events whose hash was recomputed
 * @param intact whether every link held
 * @param brokenSeq where the chain first breaks (its position), or {@code null}
 * @param brokenEventId the event at that position, or {@code null}
 * @param reason why it breaks there: {@code CONTENT_CHANGED}, {@code EVENT_MISSING}, {@code LINK_MISSING},
 * {@code LINK_MISMATCH} or {@code UNSEALED_EVENT}; {@code null} when intact
 * @param lastSeq the last sealed position
 * @param lastHash the latest sealed hash, for an auditor to write down and compare later
 */
public record ChainVerification(long id, Instant startedAt, Instant finishedAt, String requestedBy, long eventsChecked,
		boolean intact, Long brokenSeq, Long brokenEventId, String reason, Long lastSeq, String lastHash) {

	public double eventsPerSecond() {
		long millis = Math.max(1, java.time.Duration.between(this.startedAt, this.finishedAt).toMillis());
		return this.eventsChecked * 1000.0 / millis;
	}

}
