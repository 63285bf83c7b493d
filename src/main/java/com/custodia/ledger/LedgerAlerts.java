package com.custodia.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientScope;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.PlainText;
import com.custodia.web.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The risk officer's alerts on unusual ledger activity: open ones oldest first, each acknowledged once with a note. */
@Service
@Transactional
public class LedgerAlerts {

	/** An alert as its page lists it. */
	public record Alert(long id, long entryId, long propertyId, String propertyCode, long clientId,
			List<AlertRules.Reason> reasons, BigDecimal baseAmount, Instant raisedAt, Instant acknowledgedAt,
			String acknowledgedBy, String note) {

		public boolean isOpen() {
			return this.acknowledgedAt == null;
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	LedgerAlerts(NamedParameterJdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Alerts on clients in the user's scope: open ones (oldest first) or acknowledged ones (newest first). */
	@Transactional(readOnly = true)
	public Page<Alert> list(CurrentUser user, boolean open, Pageable pageable) {
		require(user);
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		String from = " from ledger_alert a join ledger_property p on p.id = a.property_id where a.acknowledged_at is "
				+ (open ? "null" : "not null") + " and " + ClientScope.of(user).clientIdIn("a.client_id", parameters);
		List<Alert> page = this.jdbc.query("select a.*, p.code" + from + " order by "
				+ (open ? "a.raised_at, a.id" : "a.acknowledged_at desc, a.id desc") + " limit :limit offset :offset",
				parameters, (rs, row) -> {
					Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
					return new Alert(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("property_id"), rs.getString("code"),
							rs.getLong("client_id"),
							Arrays.stream(rs.getString("reasons").split(",")).map(AlertRules.Reason::valueOf).toList(),
							rs.getBigDecimal("base_amount"), rs.getTimestamp("raised_at").toInstant(),
							(acknowledged != null) ? acknowledged.toInstant() : null, rs.getString("acknowledged_by"),
							rs.getString("note"));
				});
		return PageableExecutionUtils.getPage(page, pageable,
				() -> this.jdbc.queryForObject("select count(*)" + from, parameters, Long.class));
	}

	/** Acknowledges an open alert with a note; 404 for an alert outside the user's scope. */
	public void acknowledge(CurrentUser user, long id, String note) {
		require(user);
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", id);
		List<Long> clients = this.jdbc.queryForList("select client_id from ledger_alert where id = :id and "
				+ ClientScope.of(user).clientIdIn("client_id", parameters), parameters, Long.class);
		if (clients.isEmpty()) {
			throw new RecordNotFoundException("alert", id);
		}
		if (note == null || note.isBlank()) {
			throw new ClientRuleException("note", "client.required");
		}
		if (note.strip().length() > 2000) {
			throw new ClientRuleException("note", "client.tooLong", 2000);
		}
		int updated = this.jdbc.update("update ledger_alert set acknowledged_at = :at, acknowledged_by = :by, note = :note "
				+ "where id = :id and acknowledged_at is null", new MapSqlParameterSource("id", id)
			.addValue("at", Timestamp.from(this.clock.instant())).addValue("by", user.username())
			.addValue("note", PlainText.clean(note).strip()));
		if (updated == 0) {
			throw new ClientRuleException("*", "ledger.alert.alreadyAcknowledged");
		}
		this.audit.record(AuditEntry.of("LEDGER_ALERT_ACKNOWLEDGED").target("LEDGER_ALERT", id).client(clients.get(0)));
	}

	private static void require(CurrentUser user) {
		if (!user.can(Permission.ALERT_HANDLE)) {
			throw new AccessDeniedException(Permission.ALERT_HANDLE.name());
		}
	}

}
