package com.custodia.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a module tells the audit trail about one action. The actor, their roles and the source IP are taken from
 * the current request unless given (for example the username typed into a failed login).
 *
 * <pre>
 * audit.record(AuditEntry.of("USER_UPDATED").target("USER", id).change("displayName", before, after));
 * </pre>
 */
public final class AuditEntry {

	private final String action;

	private AuditOutcome outcome = AuditOutcome.SUCCESS;

	private String targetType;

	private String targetId;

	private Long clientId;

	private String detail;

	private String actor;

	private Collection<String> actorRoles;

	private final List<FieldChange> changes = new ArrayList<>();

	private AuditEntry(String action) {
		if (action == null || !action.matches("[A-Z][A-Z0-9_]{1,59}")) {
			throw new IllegalArgumentException("An audit action is an upper-case code, not " + action);
		}
		this.action = action;
	}

	public static AuditEntry of(String action) {
		return new AuditEntry(action);
	}

	public AuditEntry outcome(AuditOutcome outcome) {
		this.outcome = Objects.requireNonNull(outcome);
		return this;
	}

	public AuditEntry target(String type, Object id) {
		this.targetType = type;
		this.targetId = (id != null) ? String.valueOf(id) : null;
		return this;
	}

	/** The client the action concerns, so the client's history and the client filter find it. */
	public AuditEntry client(Long clientId) {
		this.clientId = clientId;
		return this;
	}

	public AuditEntry detail(String detail) {
		this.detail = (detail != null && detail.length() > 2000) ? detail.substring(0, 2000) : detail;
		return this;
	}

	/** Names the actor when there is no signed-in user to take it from (a failed login, a scheduled job). */
	public AuditEntry actor(String username, Collection<String> roles) {
		this.actor = username;
		this.actorRoles = roles;
		return this;
	}

	/** Records a field's change; unchanged values are left out, so callers may pass every field. */
	public AuditEntry change(String field, Object before, Object after) {
		String from = text(before);
		String to = text(after);
		if (!Objects.equals(from, to)) {
			this.changes.add(new FieldChange(field, from, to));
		}
		return this;
	}

	/** Like {@link #change} for a sensitive field: the trail keeps only masked values. */
	public AuditEntry sensitiveChange(String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			this.changes.add(new FieldChange(field, Masking.mask(before), Masking.mask(after)));
		}
		return this;
	}

	/**
	 * Like {@link #sensitiveChange(String, String, String)}, masked the way the module shows the field on its pages, so
	 * that the trail and the pages never reveal different parts of it.
	 */
	public AuditEntry sensitiveChange(String field, String before, String after,
			java.util.function.UnaryOperator<String> mask) {
		if (!Objects.equals(before, after)) {
			this.changes.add(new FieldChange(field, (before != null) ? mask.apply(before) : null,
					(after != null) ? mask.apply(after) : null));
		}
		return this;
	}

	public boolean hasChanges() {
		return !this.changes.isEmpty();
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
		}
		return String.valueOf(value);
	}

	String action() {
		return this.action;
	}

	AuditOutcome outcome() {
		return this.outcome;
	}

	String targetType() {
		return this.targetType;
	}

	String targetId() {
		return this.targetId;
	}

	Long clientId() {
		return this.clientId;
	}

	String detail() {
		return this.detail;
	}

	String actor() {
		return this.actor;
	}

	Collection<String> actorRoles() {
		return this.actorRoles;
	}

	List<FieldChange> changes() {
		return List.copyOf(this.changes);
	}

}
