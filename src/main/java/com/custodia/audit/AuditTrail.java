package com.custodia.audit;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import com.custodia.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit API every module calls. An event joins the caller's transaction, so it commits with the change it
 * records and rolls back with it; called outside a transaction (a denial, a failed login) it commits on its own.
 * The event is queued for sealing into the hash chain, which happens within seconds ({@code AuditSealer}).
 */
@Service
public class AuditTrail {

	private static final String INSERT_EVENT = """
			insert into audit_event (actor_username, actor_roles, source_ip, action, target_type, target_id, client_id,
			                         outcome, detail, changes)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
			returning id""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditTrail(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the event and answers its id. */
	@Transactional(propagation = Propagation.REQUIRED)
	public long record(AuditEntry entry) {
		Long id = this.jdbc.queryForObject(INSERT_EVENT, Long.class, parameters(entry));
		this.jdbc.update("insert into audit_pending (event_id) values (?)", id);
		return id;
	}

	/**
	 * Records many events in a few round trips (a bulk import's one event per client), in the caller's transaction.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAll(List<AuditEntry> entries) {
		String sql = "with e as (" + INSERT_EVENT + ") insert into audit_pending (event_id) select id from e";
		List<Object[]> rows = entries.stream().map(this::parameters).toList();
		this.jdbc.batchUpdate(sql, rows);
	}

	private Object[] parameters(AuditEntry entry) {
		CurrentUser user = CurrentUser.find().orElse(null);
		String actor = (entry.actor() != null) ? entry.actor() : (user != null) ? user.username() : null;
		Collection<String> roles = (entry.actor() != null) ? entry.actorRoles() : (user != null) ? user.roles() : null;
		List<FieldChange> changes = entry.changes();
		return new Object[] { truncate(actor, 100),
				(roles == null || roles.isEmpty()) ? null : truncate(String.join(",", new TreeSet<>(roles)), 1000),
				sourceIp(), entry.action(), entry.targetType(), truncate(entry.targetId(), 100), entry.clientId(),
				entry.outcome().name(), entry.detail(), changes.isEmpty() ? null : this.json.writeValueAsString(changes) };
	}

	private static String sourceIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

}
