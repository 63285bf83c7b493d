package com.custodia.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads an event's stored columns the one way both the sealer and the verifier must read them. */
final class EventRows {

	static final String COLUMNS = "e.id, (extract(epoch from e.occurred_at) * 1000000)::bigint as occurred_micros, e.actor_username, e.actor_roles, e.source_ip, e.action, "
			+ "e.target_type, e.target_id, e.client_id, e.outcome, e.detail, e.changes::text as changes";

	private EventRows() {
	}

	static ChainHashing.SealedContent content(ResultSet rs) throws SQLException {
		long clientValue = rs.getLong("client_id");
		Long clientId = rs.wasNull() ? null : clientValue;
		return new ChainHashing.SealedContent(rs.getLong("id"), rs.getLong("occurred_micros"),
				rs.getString("actor_username"), rs.getString("actor_roles"), rs.getString("source_ip"),
				rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				clientId, rs.getString("outcome"), rs.getString("detail"),
				rs.getString("changes"));
	}

}
