package com.custodia.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail for its pages and its export, newest first by time; every filter is backed by an index that
 * also gives that order (see V0003__audit_create_trail.sql), so no page sorts or skips rows, however deep.
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

	public static final int PAGE_SIZE = 50;

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private static final String SELECT = "select e.id, e.occurred_at, e.actor_username, e.actor_roles, e.source_ip, "
			+ "e.action, e.target_type, e.target_id, e.client_id, e.outcome, e.detail, e.changes::text as changes, "
			+ "c.seq, c.hash, c.prev_hash from audit_event e left join audit_chain c on c.event_id = e.id";

	private final NamedParameterJdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of events matching the filter: the newest, or those older than {@code before}, or the page just newer
	 * than {@code after}.
	 */
	public AuditEventPage page(AuditFilter filter, Long before, Long after) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		StringBuilder where = where(filter, parameters);
		boolean backwards = after != null && before == null;
		// Keyset paging on (occurred_at, id), anchored on the event at the edge of the page the user came from.
		if (before != null) {
			where.append(" and (e.occurred_at, e.id) < (select a.occurred_at, a.id from audit_event a where a.id = :before)");
			parameters.addValue("before", before);
		}
		if (backwards) {
			where.append(" and (e.occurred_at, e.id) > (select a.occurred_at, a.id from audit_event a where a.id = :after)");
			parameters.addValue("after", after);
		}
		String direction = backwards ? "asc" : "desc";
		String sql = SELECT + where + " order by e.occurred_at " + direction + ", e.id " + direction + " limit "
				+ (PAGE_SIZE + 1);
		List<AuditEventView> rows = new ArrayList<>(this.jdbc.query(sql, parameters, (rs, row) -> view(rs)));
		boolean more = rows.size() > PAGE_SIZE;
		if (more) {
			rows.remove(PAGE_SIZE);
		}
		if (backwards) {
			Collections.reverse(rows);
		}
		if (rows.isEmpty()) {
			return new AuditEventPage(rows, null, null);
		}
		Long first = rows.get(0).id();
		Long last = rows.get(rows.size() - 1).id();
		boolean newerExist = backwards ? more : before != null;
		boolean olderExist = backwards ? true : more;
		return new AuditEventPage(rows, newerExist ? first : null, olderExist ? last : null);
	}

	public Optional<AuditEventView> find(long id) {
		return this.jdbc.query(SELECT + " where e.id = :id", new MapSqlParameterSource("id", id), (rs, row) -> view(rs))
			.stream()
			.findFirst();
	}

	/** Streams every matching event, newest first, up to {@code limit}; answers how many were written. */
	public long forEach(AuditFilter filter, int limit, Consumer<AuditEventView> consumer) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String sql = SELECT + where(filter, parameters) + " order by e.occurred_at desc, e.id desc limit " + limit;
		JdbcTemplate streaming = new JdbcTemplate(this.jdbc.getJdbcTemplate().getDataSource());
		streaming.setFetchSize(2_000);
		long[] count = { 0 };
		new NamedParameterJdbcTemplate(streaming).query(sql, parameters, (ResultSet rs) -> {
			consumer.accept(view(rs));
			count[0]++;
		});
		return count[0];
	}

	/** The latest events of these actions, newest first (for start pages): one index scan per action, merged. */
	public List<AuditEventView> recent(java.util.Collection<String> actions, int limit) {
		List<AuditEventView> events = new java.util.ArrayList<>();
		// The newest few of each action through the (action, occurred_at) index, then the newest of those. A plain
		// "action in (...) order by occurred_at" lets the planner walk the whole trail backwards looking for actions
		// that are rare or absent: 600 ms at 2,000,000 events.
		this.jdbc.query("with picked as (select p.id from unnest(array[:actions]::text[]) as a(action) "
				+ "cross join lateral (select x.id, x.occurred_at from audit_event x where x.action = a.action "
				+ "order by x.occurred_at desc, x.id desc limit :limit) p order by p.occurred_at desc, p.id desc limit :limit) "
				+ SELECT + " where e.id in (select id from picked) order by e.occurred_at desc, e.id desc",
				new MapSqlParameterSource("actions", actions).addValue("limit", limit), (rs) -> {
					events.add(view(rs));
				});
		return events;
	}

	/** The action codes the trail holds, for the filter (a skip scan over the action index). */
	public List<String> actions() {
		return this.jdbc.getJdbcTemplate().queryForList("""
				with recursive codes(action) as (
				  (select action from audit_event order by action limit 1)
				  union all
				  select (select e.action from audit_event e where e.action > codes.action order by e.action limit 1)
				  from codes where codes.action is not null)
				select action from codes where action is not null""", String.class);
	}

	private static StringBuilder where(AuditFilter filter, MapSqlParameterSource parameters) {
		StringBuilder where = new StringBuilder(" where true");
		if (filter.user() != null) {
			where.append(" and e.actor_username = :user");
			parameters.addValue("user", filter.user().trim().toLowerCase(Locale.ROOT));
		}
		if (filter.action() != null) {
			where.append(" and e.action = :action");
			parameters.addValue("action", filter.action());
		}
		if (filter.outcome() != null) {
			// The partial indexes cover the rare outcomes; SUCCESS is nearly everything and needs none. Written out
			// (an enum's name), so that a reused plan can still use them: bound, PostgreSQL's generic plan could not
			// know the outcome is not SUCCESS and walked all of a user's events for their few failures (V0030).
			where.append(" and e.outcome = '").append(filter.outcome().name()).append("'");
		}
		if (filter.targetType() != null) {
			where.append(" and e.target_type = :targetType");
			parameters.addValue("targetType", filter.targetType());
		}
		if (filter.targetId() != null) {
			where.append(" and e.target_id = :targetId");
			parameters.addValue("targetId", filter.targetId());
		}
		if (filter.clientId() != null) {
			where.append(" and e.client_id = :clientId");
			parameters.addValue("clientId", filter.clientId());
		}
		if (filter.position() != null) {
			where.append(" and c.seq = :position");
			parameters.addValue("position", filter.position());
		}
		if (filter.from() != null) {
			where.append(" and e.occurred_at >= :from");
			parameters.addValue("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		}
		if (filter.until() != null) {
			where.append(" and e.occurred_at < :until");
			parameters.addValue("until", OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
		}
		return where;
	}

	private AuditEventView view(ResultSet rs) throws SQLException {
		String changes = rs.getString("changes");
		return new AuditEventView(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor_username"), rs.getString("actor_roles"), rs.getString("source_ip"),
				rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				(Long) rs.getObject("client_id", Long.class), AuditOutcome.valueOf(rs.getString("outcome")),
				rs.getString("detail"), (changes == null) ? List.of() : this.json.readValue(changes, CHANGES),
				(Long) rs.getObject("seq", Long.class), rs.getString("hash"), rs.getString("prev_hash"));
	}

}
