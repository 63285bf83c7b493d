package com.custodia.complaints;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.custodia.access.StaffDirectory;
import com.custodia.access.StaffMember;
import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.FieldProblem;
import com.custodia.web.PlainText;
import com.custodia.web.RequiredText;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint's writes, each one step of the flow ({@link ComplaintState}), taken under the complaint's row lock,
 * written with an event on its timeline and audited. Deadlines follow {@link ComplaintDeadlines}.
 */
@Service
@Transactional
public class Complaints {

	/** What intake records. Either a client in the user's scope, or a complainant's name and contact. */
	public record Intake(Long clientId, String complainantName, String complainantContact, ComplaintEnums.Channel channel,
			ComplaintEnums.Category category, ComplaintEnums.Severity severity, String description, Long propertyId,
			String product, LocalDate receivedOn) {

		public Intake(Long clientId, String complainantName, String complainantContact, ComplaintEnums.Channel channel,
				ComplaintEnums.Category category, ComplaintEnums.Severity severity, String description, Long propertyId,
				String product) {
			this(clientId, complainantName, complainantContact, channel, category, severity, description, propertyId,
					product, null);
		}

	}

	/** How far back a complaint that arrived earlier (a letter, say) may be recorded as received. */
	static final int MAX_BACKDATE_DAYS = 30;

	/** The decision: what was found, the remedy, any compensation, and the reply to the client. */
	public record Decision(ComplaintEnums.Finding finding, String remedy, BigDecimal compensation, String reply) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ComplaintQueries queries;

	private final ComplaintSettings settings;

	private final ClientService clients;

	private final StaffDirectory staff;

	private final AuditTrail audit;

	private final Clock clock;

	Complaints(NamedParameterJdbcTemplate jdbc, ComplaintQueries queries, ComplaintSettings settings,
			ClientService clients, StaffDirectory staff, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.settings = settings;
		this.clients = clients;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a complaint as received; answers its id. */
	public long intake(CurrentUser user, Intake intake) {
		require(user, Permission.COMPLAINT_INTAKE);
		List<FieldProblem> problems = new ArrayList<>();
		if (intake.clientId() != null) {
			this.clients.requireInScope(user, intake.clientId());
		}
		else {
			RequiredText.check(problems, "complainantName", intake.complainantName(), 200);
			RequiredText.check(problems, "complainantContact", intake.complainantContact(), 200);
		}
		if (intake.channel() == null) {
			problems.add(new FieldProblem("channel", "client.required"));
		}
		if (intake.category() == null) {
			problems.add(new FieldProblem("category", "client.required"));
		}
		if (intake.severity() == null) {
			problems.add(new FieldProblem("severity", "client.required"));
		}
		RequiredText.check(problems, "description", intake.description(), 4000);
		if (intake.product() != null && intake.product().length() > 200) {
			problems.add(new FieldProblem("product", "client.tooLong", 200));
		}
		if (intake.propertyId() != null && (intake.clientId() == null || !Long.valueOf(intake.clientId())
			.equals(this.jdbc.queryForList("select client_id from ledger_property where id = :id",
					new MapSqlParameterSource("id", intake.propertyId()), Long.class).stream().findFirst().orElse(null)))) {
			problems.add(new FieldProblem("propertyId", "complaint.propertyNotClients"));
		}
		LocalDate today = this.clients.today();
		// The deadline runs from the day the complaint reached the firm, which may be before it is recorded.
		LocalDate receivedOn = (intake.receivedOn() != null) ? intake.receivedOn() : today;
		if (receivedOn.isAfter(today) || receivedOn.isBefore(today.minusDays(MAX_BACKDATE_DAYS))) {
			problems.add(new FieldProblem("receivedOn", "complaint.receivedOnInvalid", MAX_BACKDATE_DAYS));
		}
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		ComplaintSettings.Settings rules = this.settings.current();
		long number = this.jdbc.getJdbcTemplate().queryForObject("select nextval('complaints_number_seq')", Long.class);
		String code = String.format("CP%d-%06d", receivedOn.getYear(), number);
		long id = this.jdbc.queryForObject("""
				insert into complaints_complaint (code, client_id, complainant_name, complainant_contact, channel, category,
				    severity, description, property_id, product, state, received_at, received_by, started_on,
				    acknowledge_due_on, due_on)
				values (:code, :client, :name, :contact, :channel, :category, :severity, :description, :property, :product,
				    'RECEIVED', :now, :by, :today, :ackDue, :due) returning id""",
				new MapSqlParameterSource("code", code).addValue("client", intake.clientId())
					.addValue("name", (intake.clientId() == null) ? clean(intake.complainantName()) : null)
					.addValue("contact", (intake.clientId() == null) ? clean(intake.complainantContact()) : null)
					.addValue("channel", intake.channel().name()).addValue("category", intake.category().name())
					.addValue("severity", intake.severity().name()).addValue("description", clean(intake.description()))
					.addValue("property", intake.propertyId()).addValue("product", clean(intake.product()))
					.addValue("now", Timestamp.from(this.clock.instant())).addValue("by", user.username())
					.addValue("today", receivedOn)
					.addValue("ackDue", ComplaintDeadlines.acknowledgementDue(receivedOn, rules.acknowledgeBusinessDays()))
					.addValue("due", ComplaintDeadlines.decisionDue(receivedOn, 0, 0, rules.countBusinessDays())),
				Long.class);
		event(id, "RECEIVED", ComplaintState.RECEIVED, receivedOn.equals(today) ? null
				: "complaint.receivedOnNote|" + receivedOn, user);
		this.audit.record(AuditEntry.of("COMPLAINT_RECEIVED").target("COMPLAINT", id).client(intake.clientId())
			.change("code", null, code).change("category", null, intake.category())
			.change("channel", null, intake.channel()));
		return id;
	}

	/** Acknowledges receipt to the complainant. */
	public void acknowledge(CurrentUser user, long id, String note) {
		Complaint complaint = step(user, id, ComplaintState.ACKNOWLEDGED, Permission.COMPLAINT_HANDLE);
		move(complaint, ComplaintState.ACKNOWLEDGED, "ACKNOWLEDGED", note(note, "note", 2000), user);
	}

	/** Assigns (or reassigns, with a reason) the investigator: a user who may handle complaints. */
	public void assign(CurrentUser user, long id, long handlerId, String reason) {
		require(user, Permission.COMPLAINT_HANDLE);
		Complaint complaint = locked(user, id);
		if (!complaint.state().isOpen()) {
			throw new ClientRuleException("*", "complaint.notOpen");
		}
		StaffMember handler = this.staff.holdersOf(Permission.COMPLAINT_HANDLE).stream()
			.filter((member) -> member.id() == handlerId).findFirst()
			.orElseThrow(() -> new ClientRuleException("handlerId", "complaint.handlerInvalid"));
		boolean reassigning = complaint.handlerId() != null;
		reason = note(reason, "note", 1000);
		if (reassigning && (reason == null || reason.isBlank())) {
			throw new ClientRuleException("reason", "complaint.reassignReason");
		}
		update(complaint, "handler_id = :handler, handler_name = :handlerName",
				new MapSqlParameterSource("handler", handler.id()).addValue("handlerName", handler.displayName()));
		event(id, reassigning ? "REASSIGNED" : "ASSIGNED", complaint.state(),
				handler.displayName() + ((reason != null && !reason.isBlank()) ? ": " + clean(reason) : ""), user);
		this.audit.record(AuditEntry.of("COMPLAINT_ASSIGNED").target("COMPLAINT", id).client(complaint.clientId())
			.change("handler", complaint.handlerName(), handler.displayName()).detail(clean(reason)));
	}

	/** The investigation begins (after acknowledgement, or after a reopening); someone must be assigned. */
	public void investigate(CurrentUser user, long id, String note) {
		Complaint complaint = step(user, id, ComplaintState.INVESTIGATING, Permission.COMPLAINT_HANDLE);
		if (complaint.handlerId() == null) {
			throw new ClientRuleException("*", "complaint.assignFirst");
		}
		move(complaint, ComplaintState.INVESTIGATING, "INVESTIGATING", note(note, "note", 2000), user);
	}

	/** Pauses the count for an external appraisal; {@link #resume} adds the days paused to the deadline. */
	public void pause(CurrentUser user, long id, String note) {
		require(user, Permission.COMPLAINT_HANDLE);
		Complaint complaint = locked(user, id);
		if (complaint.state() != ComplaintState.INVESTIGATING || complaint.isPaused()) {
			throw new ClientRuleException("*", "complaint.cannotPause");
		}
		if (note == null || note.isBlank()) {
			throw new ClientRuleException("note", "complaint.pauseReason");
		}
		note = note(note, "note", 2000);
		update(complaint, "paused_since = :today", new MapSqlParameterSource("today", this.clients.today()));
		event(id, "PAUSED", complaint.state(), clean(note), user);
		this.audit.record(AuditEntry.of("COMPLAINT_PAUSED").target("COMPLAINT", id).client(complaint.clientId())
			.detail(clean(note)));
	}

	public void resume(CurrentUser user, long id, String note) {
		require(user, Permission.COMPLAINT_HANDLE);
		Complaint complaint = locked(user, id);
		if (!complaint.isPaused()) {
			throw new ClientRuleException("*", "complaint.notPaused");
		}
		boolean business = this.settings.current().countBusinessDays();
		int paused = complaint.pausedDays()
				+ ComplaintDeadlines.pausedDays(complaint.pausedSince(), this.clients.today(), business);
		LocalDate due = ComplaintDeadlines.decisionDue(complaint.startedOn(), complaint.extensions(), paused, business);
		// A flag raised before the pause no longer holds if the moved deadline is still ahead.
		update(complaint, "paused_since = null, paused_days = :paused, due_on = :due, overdue_since = case when :due < :today "
				+ "then overdue_since end", new MapSqlParameterSource("paused", paused).addValue("due", due)
					.addValue("today", this.clients.today()));
		event(id, "RESUMED", complaint.state(), note(note, "note", 2000), user);
		this.audit.record(AuditEntry.of("COMPLAINT_RESUMED").target("COMPLAINT", id).client(complaint.clientId())
			.change("dueOn", complaint.dueOn(), due));
	}

	/** Asks for the next extension (to 30 days, then to 60), with a reason and whether the complainant was told. */
	public long requestExtension(CurrentUser user, long id, String reason, boolean toldComplainant) {
		require(user, Permission.COMPLAINT_HANDLE);
		Complaint complaint = locked(user, id);
		if (complaint.state() != ComplaintState.ACKNOWLEDGED && complaint.state() != ComplaintState.INVESTIGATING
				&& complaint.state() != ComplaintState.REOPENED) {
			throw new ClientRuleException("*", "complaint.extension.notNow");
		}
		if (complaint.extensions() >= ComplaintDeadlines.MAX_EXTENSIONS) {
			throw new ClientRuleException("*", "complaint.extension.noMore");
		}
		List<FieldProblem> problems = new ArrayList<>();
		RequiredText.check(problems, "reason", reason, 2000);
		if (!toldComplainant) {
			problems.add(new FieldProblem("toldComplainant", "complaint.extension.tellComplainant"));
		}
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		try {
			long extension = this.jdbc.queryForObject("""
					insert into complaints_extension (complaint_id, level, reason, told_complainant, state, requested_by,
					    requested_by_id, requested_at) values (:id, :level, :reason, true, 'PENDING', :by, :byId, :now)
					returning id""", new MapSqlParameterSource("id", id).addValue("level", complaint.extensions() + 1)
						.addValue("reason", clean(reason)).addValue("by", user.username()).addValue("byId", user.id())
						.addValue("now", Timestamp.from(this.clock.instant())), Long.class);
			event(id, "EXTENSION_REQUESTED", complaint.state(), clean(reason), user);
			this.audit.record(AuditEntry.of("COMPLAINT_EXTENSION_REQUESTED").target("COMPLAINT", id)
				.client(complaint.clientId()).change("level", null, complaint.extensions() + 1).detail(clean(reason)));
			return extension;
		}
		catch (DuplicateKeyException ex) {
			throw new ClientRuleException("*", "complaint.extension.alreadyPending");
		}
	}

	/** A manager (never the one who asked) approves an extension, moving the deadline, or rejects it. */
	public void decideExtension(CurrentUser user, long extensionId, boolean approve, String comment) {
		require(user, Permission.COMPLAINT_APPROVE);
		record Pending(long complaintId, long requestedById, int level) {
		}
		Pending pending = this.jdbc.query("select complaint_id, requested_by_id, level from complaints_extension "
				+ "where id = :id and state = 'PENDING' for update", new MapSqlParameterSource("id", extensionId),
				(rs, row) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
			.stream().findFirst().orElseThrow(() -> new ClientRuleException("*", "complaint.extension.notPending"));
		Complaint complaint = locked(user, pending.complaintId());
		if (pending.requestedById() == user.id()) {
			throw new ClientRuleException("*", "complaint.extension.ownRequest");
		}
		if (!approve && (comment == null || comment.isBlank())) {
			throw new ClientRuleException("comment", "client.required");
		}
		comment = note(comment, "comment", 1000);
		if (!complaint.state().isOpen() || complaint.state() == ComplaintState.DECIDED
				|| complaint.extensions() != pending.level() - 1) {
			throw new ClientRuleException("*", "complaint.extension.notPending");
		}
		this.jdbc.update("update complaints_extension set state = :state, decided_by = :by, decided_by_id = :byId, "
				+ "decided_at = :now, decision_comment = :comment where id = :id",
				new MapSqlParameterSource("state", approve ? "APPROVED" : "REJECTED").addValue("by", user.username())
					.addValue("byId", user.id()).addValue("now", Timestamp.from(this.clock.instant()))
					.addValue("comment", clean(comment)).addValue("id", extensionId));
		if (approve) {
			LocalDate due = ComplaintDeadlines.decisionDue(complaint.startedOn(), pending.level(), complaint.pausedDays(),
					this.settings.current().countBusinessDays());
			update(complaint, "extensions = :level, due_on = :due, overdue_since = null",
					new MapSqlParameterSource("level", pending.level()).addValue("due", due));
		}
		event(complaint.id(), approve ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED", complaint.state(), clean(comment),
				user);
		this.audit.record(AuditEntry.of(approve ? "COMPLAINT_EXTENSION_APPROVED" : "COMPLAINT_EXTENSION_REJECTED")
			.target("COMPLAINT", complaint.id()).client(complaint.clientId()).change("level", null, pending.level()));
	}

	/** Records the decision; a compensation above the threshold then waits for a manager's approval. */
	public void decide(CurrentUser user, long id, Decision decision) {
		Complaint complaint = step(user, id, ComplaintState.DECIDED, Permission.COMPLAINT_HANDLE);
		if (complaint.isPaused()) {
			throw new ClientRuleException("*", "complaint.resumeFirst");
		}
		withdrawPendingExtension(id);
		List<FieldProblem> problems = new ArrayList<>();
		if (decision.finding() == null) {
			problems.add(new FieldProblem("finding", "client.required"));
		}
		RequiredText.check(problems, "reply", decision.reply(), 4000);
		if (decision.finding() != null && decision.finding() != ComplaintEnums.Finding.NOT_UPHELD) {
			RequiredText.check(problems, "remedy", decision.remedy(), 2000);
		}
		BigDecimal compensation = decision.compensation();
		if (compensation != null && (compensation.signum() < 0 || compensation.stripTrailingZeros().scale() > 2
				|| compensation.compareTo(new BigDecimal("10000000000")) >= 0)) {
			problems.add(new FieldProblem("compensation", "complaint.compensationInvalid"));
		}
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		boolean paid = compensation != null && compensation.signum() > 0;
		if (paid && decision.finding() == ComplaintEnums.Finding.NOT_UPHELD) {
			throw new ClientRuleException("compensation", "complaint.compensationNotUpheld");
		}
		Boolean approved = !paid ? null
				: compensation.compareTo(this.settings.current().compensationThreshold()) <= 0;
		update(complaint, "finding = :finding, remedy = :remedy, compensation = :compensation, "
				+ "compensation_approved = :approved, reply = :reply, decided_at = :now",
				new MapSqlParameterSource("finding", decision.finding().name()).addValue("remedy", clean(decision.remedy()))
					.addValue("compensation", paid ? compensation : null).addValue("approved", approved)
					.addValue("reply", clean(decision.reply())).addValue("now", Timestamp.from(this.clock.instant())));
		// Timeline notes may start with a message key and "|", so the page names the finding in the reader's language.
		move(complaint, ComplaintState.DECIDED, "DECIDED", decision.finding().messageKey() + "|"
				+ (paid ? compensation.toPlainString() : ""), user);
	}

	/** A manager (never the decider) approves a compensation above the threshold, so the reply can go. */
	public void approveCompensation(CurrentUser user, long id, String comment) {
		require(user, Permission.COMPLAINT_APPROVE);
		Complaint complaint = locked(user, id);
		if (!complaint.isCompensationWaiting()) {
			throw new ClientRuleException("*", "complaint.compensation.nothingWaiting");
		}
		String decider = this.jdbc.queryForObject("select by_name from complaints_event where complaint_id = :id "
				+ "and kind = 'DECIDED' order by id desc limit 1", new MapSqlParameterSource("id", id), String.class);
		if (user.username().equals(decider)) {
			throw new ClientRuleException("*", "complaint.compensation.ownDecision");
		}
		update(complaint, "compensation_approved = true", new MapSqlParameterSource());
		event(id, "COMPENSATION_APPROVED", complaint.state(), note(comment, "note", 1000), user);
		this.audit.record(AuditEntry.of("COMPLAINT_COMPENSATION_APPROVED").target("COMPLAINT", id)
			.client(complaint.clientId()).change("compensation", null, complaint.compensation()));
	}

	/** The reply went to the complainant (after the decision, and any compensation approved). */
	public void reply(CurrentUser user, long id, String note) {
		Complaint complaint = step(user, id, ComplaintState.REPLIED, Permission.COMPLAINT_HANDLE);
		if (complaint.isCompensationWaiting()) {
			throw new ClientRuleException("*", "complaint.compensation.waiting");
		}
		String how = note(note, "note", 2000);
		if (how == null) {
			throw new ClientRuleException("note", "complaint.replyHowRequired");
		}
		update(complaint, "replied_at = :now", new MapSqlParameterSource("now", Timestamp.from(this.clock.instant())));
		move(complaint, ComplaintState.REPLIED, "REPLIED", how, user);
	}

	/** The follow-up: how satisfied the complainant is and whether they went elsewhere; closes the complaint. */
	public void close(CurrentUser user, long id, ComplaintEnums.Satisfaction satisfaction, boolean escalatedElsewhere,
			String note) {
		Complaint complaint = step(user, id, ComplaintState.CLOSED, Permission.COMPLAINT_HANDLE);
		if (satisfaction == null) {
			throw new ClientRuleException("satisfaction", "client.required");
		}
		note = note(note, "note", 2000);
		update(complaint, "satisfaction = :satisfaction, escalated_elsewhere = :elsewhere, closed_at = :now",
				new MapSqlParameterSource("satisfaction", satisfaction.name()).addValue("elsewhere", escalatedElsewhere)
					.addValue("now", Timestamp.from(this.clock.instant())));
		move(complaint, ComplaintState.CLOSED, "CLOSED", satisfaction.messageKey() + "|"
				+ ((note != null && !note.isBlank()) ? clean(note) : ""), user);
	}

	/** Reopens with new facts: a new deadline from today, no extension, no pause; the decision is to be made again. */
	public void reopen(CurrentUser user, long id, String newFacts) {
		Complaint complaint = step(user, id, ComplaintState.REOPENED, Permission.COMPLAINT_HANDLE);
		if (newFacts == null || newFacts.isBlank()) {
			throw new ClientRuleException("note", "complaint.reopenFacts");
		}
		newFacts = note(newFacts, "note", 2000);
		withdrawPendingExtension(id);
		ComplaintSettings.Settings rules = this.settings.current();
		LocalDate today = this.clients.today();
		update(complaint, "started_on = :today, extensions = 0, paused_days = 0, paused_since = null, due_on = :due, "
				+ "finding = null, remedy = null, compensation = null, compensation_approved = null, reply = null, "
				+ "decided_at = null, replied_at = null, satisfaction = null, escalated_elsewhere = null, closed_at = null, "
				+ "overdue_since = null", new MapSqlParameterSource("today", today)
					.addValue("due", ComplaintDeadlines.decisionDue(today, 0, 0, rules.countBusinessDays())));
		move(complaint, ComplaintState.REOPENED, "REOPENED", newFacts, user);
	}

	/** A request for more time that waits when the complaint is decided or reopened no longer applies. */
	private void withdrawPendingExtension(long complaintId) {
		this.jdbc.update("update complaints_extension set state = 'WITHDRAWN' where complaint_id = :id and state = 'PENDING'",
				new MapSqlParameterSource("id", complaintId));
	}

	/** The complaint locked, if the user may see it (404 otherwise), for a step to {@code target}. */
	private Complaint step(CurrentUser user, long id, ComplaintState target, Permission permission) {
		// Outside the user's scope the complaint does not exist (404), whatever they may do.
		Complaint complaint = locked(user, id);
		require(user, permission);
		if (!complaint.state().mayMoveTo(target)) {
			throw new ClientRuleException("*", "complaint.transitionInvalid");
		}
		return complaint;
	}

	private Complaint locked(CurrentUser user, long id) {
		this.jdbc.queryForList("select id from complaints_complaint where id = :id for update",
				new MapSqlParameterSource("id", id), Long.class);
		return this.queries.visible(user, id);
	}

	private void move(Complaint complaint, ComplaintState target, String kind, String note, CurrentUser user) {
		update(complaint, "state = :state", new MapSqlParameterSource("state", target.name()));
		event(complaint.id(), kind, target, clean(note), user);
		this.audit.record(AuditEntry.of(auditAction(target)).target("COMPLAINT", complaint.id())
			.client(complaint.clientId()).change("state", complaint.state(), target));
	}

	/** The audit trail's name for a move to {@code target}. */
	private static String auditAction(ComplaintState target) {
		return switch (target) {
			case ACKNOWLEDGED -> "COMPLAINT_ACKNOWLEDGED";
			case INVESTIGATING -> "COMPLAINT_INVESTIGATING";
			case DECIDED -> "COMPLAINT_DECIDED";
			case REPLIED -> "COMPLAINT_REPLIED";
			case CLOSED -> "COMPLAINT_CLOSED";
			case REOPENED -> "COMPLAINT_REOPENED";
			case RECEIVED -> "COMPLAINT_RECEIVED";
		};
	}

	/** Changes the complaint's row, which {@link #locked} holds for this transaction. */
	private void update(Complaint complaint, String set, MapSqlParameterSource parameters) {
		this.jdbc.update("update complaints_complaint set " + set + ", version = version + 1 where id = :complaintId",
				parameters.addValue("complaintId", complaint.id()));
	}

	void event(long complaintId, String kind, ComplaintState stateAfter, String note, CurrentUser user) {
		this.jdbc.update("insert into complaints_event (complaint_id, kind, state_after, note, by_name, at) "
				+ "values (:id, :kind, :state, :note, :by, :now)", new MapSqlParameterSource("id", complaintId)
					.addValue("kind", kind).addValue("state", stateAfter.name()).addValue("note", note)
					.addValue("by", user.username()).addValue("now", Timestamp.from(this.clock.instant())));
	}

	private static String clean(String text) {
		return (text == null || text.isBlank()) ? null : PlainText.clean(text).strip();
	}

	/** A step's free text, at most {@code max} characters (the form says so; a longer one is refused, not cut). */
	private static String note(String text, String field, int max) {
		String clean = clean(text);
		if (clean != null && clean.length() > max) {
			throw new ClientRuleException(field, "client.tooLong", max);
		}
		return clean;
	}

	private static void require(CurrentUser user, Permission permission) {
		if (!user.can(permission)) {
			throw new AccessDeniedException(permission.name());
		}
	}

}
