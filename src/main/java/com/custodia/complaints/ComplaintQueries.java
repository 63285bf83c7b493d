package com.custodia.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientScope;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;
import com.custodia.web.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the complaint pages read. A user sees the complaints of the clients in their scope (an RM their book, customer
 * service and compliance all), and complaints from someone not yet a client if they see all clients, handle or approve
 * complaints, or recorded it.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintQueries {

	/** The list's filters; every part optional. {@code dueSoon}: open and due within two days, or late. */
	public record Filter(ComplaintState state, ComplaintEnums.Category category, ComplaintEnums.Channel channel,
			Long handlerId, boolean dueSoon, Long clientId, LocalDate receivedFrom, LocalDate receivedTo) {

		public static Filter none() {
			return new Filter(null, null, null, null, false, null, null, null);
		}

	}

	/** One step on a complaint's timeline. */
	public record Event(String kind, ComplaintState stateAfter, String note, String by, Instant at) {

		public String messageKey() {
			return "complaint.event." + this.kind;
		}

		/** A message key the note starts with ({@code key|text}), naming a value in the reader's language. */
		public String noteKey() {
			return (this.note != null && this.note.startsWith("complaint.") && this.note.contains("|"))
					? this.note.substring(0, this.note.indexOf('|')) : null;
		}

		/** The compensation a decision noted, if any (the note's text after the finding's key). */
		public java.math.BigDecimal amount() {
			String text = noteText();
			return ("DECIDED".equals(this.kind) && text != null && text.matches("[0-9]+(\\.[0-9]+)?"))
					? new java.math.BigDecimal(text) : null;
		}

		/** The note's free text, after any message key. */
		public String noteText() {
			String text = (noteKey() != null) ? this.note.substring(this.note.indexOf('|') + 1) : this.note;
			return (text == null || text.isBlank()) ? null : text;
		}

	}

	/** How soon "due soon" is, in days. */
	public static final int DUE_SOON_DAYS = 2;

	/** A complaint still being worked on (V0020's and V0042's partial indexes have the same condition). */
	private static final String OPEN = "c.state not in ('REPLIED', 'CLOSED')";

	/** The complaints with an extension waiting for a manager's approval (V0023's partial index). */
	private static final String EXTENSION_WAITING = "select x.complaint_id from complaints_extension x "
			+ "where x.state = 'PENDING'";

	/**
	 * The complaints with a compensation waiting for a manager's approval. "is false", not "= false": only so does
	 * PostgreSQL estimate them as the few they are and use V0028's partial index.
	 */
	private static final String COMPENSATION_WAITING = "select w.id from complaints_complaint w "
			+ "where w.compensation_approved is false";

	private final NamedParameterJdbcTemplate jdbc;

	private final ClientService clients;

	private final AuditTrail audit;

	private final DisplayZone zone;

	ComplaintQueries(NamedParameterJdbcTemplate jdbc, ClientService clients, AuditTrail audit, DisplayZone zone) {
		this.zone = zone;
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
	}

	/** A complaint the user may see (404 otherwise), for a write. */
	Complaint visible(CurrentUser user, long id) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", id);
		return this.jdbc.query("select * from complaints_complaint c where c.id = :id and " + scope(user, parameters),
				parameters, ComplaintQueries::complaint).stream().findFirst()
			.orElseThrow(() -> new RecordNotFoundException("complaint", id));
	}

	/** A complaint's detail, for a reader who may see it; each read is audited (complaints hold personal data). */
	@Transactional
	public Complaint get(CurrentUser user, long id) {
		Complaint complaint = visible(user, id);
		this.audit.record(AuditEntry.of("COMPLAINT_VIEWED").target("COMPLAINT", id).client(complaint.clientId()));
		return complaint;
	}

	public List<Event> timeline(CurrentUser user, long id) {
		visible(user, id);
		return this.jdbc.query("select * from complaints_event where complaint_id = :id order by id",
				new MapSqlParameterSource("id", id), (rs, row) -> new Event(rs.getString("kind"),
						ComplaintState.valueOf(rs.getString("state_after")), rs.getString("note"), rs.getString("by_name"),
						rs.getTimestamp("at").toInstant()));
	}

	/** Pending extension requests of a complaint (at most one). */
	public record Extension(long id, int level, String reason, String requestedBy, long requestedById,
			Instant requestedAt) {
	}

	public List<Extension> pendingExtensions(CurrentUser user, long id) {
		visible(user, id);
		return this.jdbc.query("select * from complaints_extension where complaint_id = :id and state = 'PENDING'",
				new MapSqlParameterSource("id", id), (rs, row) -> new Extension(rs.getLong("id"), rs.getInt("level"),
						rs.getString("reason"), rs.getString("requested_by"), rs.getLong("requested_by_id"),
						rs.getTimestamp("requested_at").toInstant()));
	}

	/** Complaints the user may see, filtered, newest first, a page at a time in the database. */
	public Page<Complaint> search(CurrentUser user, Filter filter, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		StringBuilder where = new StringBuilder(" where ").append(scope(user, parameters));
		if (filter.state() != null) {
			where.append(" and c.state = :state");
			parameters.addValue("state", filter.state().name());
		}
		if (filter.category() != null) {
			where.append(" and c.category = :category");
			parameters.addValue("category", filter.category().name());
		}
		if (filter.channel() != null) {
			where.append(" and c.channel = :channel");
			parameters.addValue("channel", filter.channel().name());
		}
		if (filter.handlerId() != null) {
			where.append(" and c.handler_id = :handler");
			parameters.addValue("handler", filter.handlerId());
		}
		if (filter.dueSoon()) {
			where.append(" and " + OPEN + " and c.paused_since is null and c.due_on <= :soon");
			parameters.addValue("soon", this.clients.today().plusDays(DUE_SOON_DAYS));
		}
		if (filter.clientId() != null) {
			where.append(" and c.client_id = :client");
			parameters.addValue("client", filter.clientId());
		}
		if (filter.receivedFrom() != null) {
			where.append(" and c.received_at >= :from");
			parameters.addValue("from", Timestamp.from(filter.receivedFrom().atStartOfDay(this.zone.zoneId()).toInstant()));
		}
		if (filter.receivedTo() != null) {
			where.append(" and c.received_at < :to");
			parameters.addValue("to",
					Timestamp.from(filter.receivedTo().plusDays(1).atStartOfDay(this.zone.zoneId()).toInstant()));
		}
		String order = filter.dueSoon() ? " order by c.due_on, c.id" : " order by c.received_at desc, c.id desc";
		List<Complaint> page = this.jdbc.query("select c.* from complaints_complaint c" + where + order
				+ " limit :limit offset :offset", parameters, ComplaintQueries::complaint);
		return PageableExecutionUtils.getPage(page, pageable, () -> this.jdbc.queryForObject(
				"select count(*) from complaints_complaint c" + where, parameters, Long.class));
	}

	/** What the start page says about complaints in the user's scope. */
	public record Summary(long overdue, long dueSoon, long open, long extensionsWaiting, long compensationsWaiting) {
	}

	/** Open complaints about clients in the user's scope, soonest due first. */
	public List<Complaint> openOfClients(CurrentUser user, int limit) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", limit);
		return this.jdbc.query("select c.* from complaints_complaint c where c.client_id is not null and " + OPEN
				+ " and " + scope(user, parameters) + " order by c.due_on, c.id limit :limit",
				parameters, ComplaintQueries::complaint);
	}

	/** Complaints in the user's scope with an extension or a compensation waiting for approval, oldest first. */
	public List<Complaint> awaitingApproval(CurrentUser user, int limit) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", limit);
		// The few waiting complaints first, through V0023's partial indexes, then the scope: a condition on every
		// complaint in scope read them all (17 ms for a team at 20,000 complaints).
		return this.jdbc.query("with waiting as materialized (" + COMPENSATION_WAITING + " union " + EXTENSION_WAITING
				+ ") select c.* from waiting w join complaints_complaint c on c.id = w.id where "
				+ scope(user, parameters) + " order by c.received_at, c.id limit :limit", parameters,
				ComplaintQueries::complaint);
	}

	/**
	 * Counts for the start page: one query, each count from the few complaints it is about (the open ones of the book
	 * through V0042's indexes, the waiting ones through V0023's); a condition on every complaint in scope read all
	 * 20,000 of them (3.5 ms for an RM, docs/performance.md). The waiting ones are looked up by id, so that the scope
	 * is applied to those few only.
	 */
	public Summary summary(CurrentUser user) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("today", this.clients.today())
			.addValue("soon", this.clients.today().plusDays(DUE_SOON_DAYS));
		String scope = scope(user, parameters);
		return this.jdbc.queryForObject("""
				select o.overdue, o.soon, o.open,
				       (select count(*) from complaints_complaint c where c.id = any(array(%2$s)) and %1$s),
				       (select count(*) from complaints_complaint c where c.id = any(array(%3$s)) and %1$s)
				from (select count(*) filter (where c.paused_since is null and c.due_on < :today) as overdue,
				             count(*) filter (where c.paused_since is null and c.due_on >= :today
				                 and c.due_on <= :soon) as soon,
				             count(*) as open
				      from complaints_complaint c where %4$s and %1$s) o
				""".formatted(scope, EXTENSION_WAITING, COMPENSATION_WAITING, OPEN), parameters,
				(rs, row) -> new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
	}

	/** Whether the user sees every complaint of the firm: those who read every client see non-clients' too. */
	static boolean seesEveryComplaint(CurrentUser user) {
		return user.can(Permission.COMPLAINT_READ) && ClientScope.of(user).reach() == ClientScope.Reach.ALL;
	}

	/** The visibility rule as SQL over {@code complaints_complaint c}. */
	static String scope(CurrentUser user, MapSqlParameterSource parameters) {
		return scope(user, BookFilter.NONE, parameters);
	}

	/**
	 * The visibility rule, narrowed to a team or RM for a report: then only complaints about their clients (one from
	 * someone not yet a client belongs to no team or RM). A complaint carries its client's team and RM (V0042), so a
	 * book's complaints come from an index rather than from the ids of the book's clients.
	 */
	static String scope(CurrentUser user, BookFilter book, MapSqlParameterSource parameters) {
		if (!user.can(Permission.COMPLAINT_READ)) {
			throw new AccessDeniedException(Permission.COMPLAINT_READ.name());
		}
		ClientScope scope = ClientScope.of(user);
		// A complaint without a client has no team or RM on it, so the book's condition holds only client complaints.
		String clients = scope.bookCondition("c.", book, parameters);
		if (!book.isEmpty()) {
			return "(" + clients + ")";
		}
		// A complaint from someone not yet a client has no book to scope it by: those who see all clients, who handle
		// or approve complaints, and whoever recorded it see it.
		if (seesEveryComplaint(user)) {
			return "true";
		}
		if (user.can(Permission.COMPLAINT_HANDLE) || user.can(Permission.COMPLAINT_APPROVE)) {
			return "(" + clients + " or c.client_id is null)";
		}
		parameters.addValue("me", user.username());
		return "(" + clients + " or (c.client_id is null and c.received_by = :me))";
	}

	static Complaint complaint(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		Timestamp replied = rs.getTimestamp("replied_at");
		Timestamp closed = rs.getTimestamp("closed_at");
		String finding = rs.getString("finding");
		String satisfaction = rs.getString("satisfaction");
		return new Complaint(rs.getLong("id"), rs.getString("code"), (Long) rs.getObject("client_id"),
				rs.getString("complainant_name"), rs.getString("complainant_contact"),
				ComplaintEnums.Channel.valueOf(rs.getString("channel")),
				ComplaintEnums.Category.valueOf(rs.getString("category")),
				ComplaintEnums.Severity.valueOf(rs.getString("severity")), rs.getString("description"),
				(Long) rs.getObject("property_id"), rs.getString("product"), ComplaintState.valueOf(rs.getString("state")),
				rs.getTimestamp("received_at").toInstant(), rs.getString("received_by"),
				rs.getObject("started_on", LocalDate.class), rs.getObject("acknowledge_due_on", LocalDate.class),
				rs.getInt("extensions"), rs.getInt("paused_days"), rs.getObject("paused_since", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), (Long) rs.getObject("handler_id"), rs.getString("handler_name"),
				(finding != null) ? ComplaintEnums.Finding.valueOf(finding) : null, rs.getString("remedy"),
				rs.getBigDecimal("compensation"), (Boolean) rs.getObject("compensation_approved"), rs.getString("reply"),
				(decided != null) ? decided.toInstant() : null, (replied != null) ? replied.toInstant() : null,
				(satisfaction != null) ? ComplaintEnums.Satisfaction.valueOf(satisfaction) : null,
				(Boolean) rs.getObject("escalated_elsewhere"), (closed != null) ? closed.toInstant() : null,
				rs.getObject("overdue_since", LocalDate.class), rs.getLong("version"));
	}

}
