package com.custodia.audit;

import java.time.Instant;
import java.util.List;

/** One audit event as the pages and the export show it, with its place in the chain once sealed. */
public record AuditEventView(long id, Instant occurredAt, String actor, String roles, String sourceIp, String action,
		String targetType, String targetId, Long clientId, AuditOutcome outcome, String detail, List<FieldChange> changes,
		Long seq, String hash, String prevHash) {

	public boolean sealed() {
		return this.hash != null;
	}

}
