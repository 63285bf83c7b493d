package com.custodia.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reads an event's stored columns the one way both the sealer and the verifier must read them. */
final class EventRows {

	static final String COLUMNS = "e.id, e.occurred_at, e.actor_username, e.actor_roles, e.source_ip, e.action, "
			+ "e.target_type, e.target_id, e.client_id, e.outcome, e.detail, e.changes::text as changes";

	private EventRows() {
	}

	static ChainHashing.SealedContent content(ResultSet rs) throws SQLException {
		return new ChainHashing.SealedContent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor_username"), rs.getString("actor_roles"), rs.getString("source_ip"),
				rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				(Long) rs.getObject("client_id", Long.class), rs.getString("outcome"), rs.getString("detail"),
				rs.getString("changes"));
	}

}
