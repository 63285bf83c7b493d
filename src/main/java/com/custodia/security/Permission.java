package com.custodia.security;

/**
 * Every named permission in Custodia. Roles are data (an admin ticks these in the role-permission matrix); the
 * permissions themselves are code, because code checks them. docs/permissions.md explains each one; the matrix
 * shows the descriptions from the message files ({@code permission.<NAME>}).
 */
public enum Permission {

	CLIENT_READ(Group.CLIENTS),
	CLIENT_WRITE(Group.CLIENTS),
	CLIENT_CONTACT_READ(Group.CLIENTS),
	CLIENT_SENSITIVE_READ(Group.CLIENTS),
	CLIENT_EXPORT(Group.CLIENTS),
	CLIENT_IMPORT(Group.CLIENTS),
	CLIENT_REASSIGN(Group.CLIENTS),
	CLIENT_CLOSE(Group.CLIENTS),
	CLIENT_DOCUMENT_WRITE(Group.CLIENTS),
	SERVICE_LOG_WRITE(Group.CLIENTS),
	CLIENT_SCOPE_TEAM(Group.CLIENTS),
	CLIENT_SCOPE_ALL(Group.CLIENTS),
	SEGMENT_RULE_ADMIN(Group.CLIENTS),

	TIER_READ(Group.TIERING),
	TIER_OVERRIDE_PROPOSE(Group.TIERING),
	TIER_OVERRIDE_APPROVE(Group.TIERING),
	TIER_RULE_ADMIN(Group.TIERING),

	QUESTIONNAIRE_ADMIN(Group.RISK),
	ASSESSMENT_RUN(Group.RISK),
	ASSESSMENT_INTERVIEW(Group.RISK),
	PRODUCT_ADMIN(Group.RISK),
	RECOMMENDATION_RECORD(Group.RISK),
	SUITABILITY_EXCEPTION_RECORD(Group.RISK),
	SUITABILITY_REVIEW(Group.RISK),
	RISK_REVIEW(Group.RISK),

	PROPERTY_READ(Group.LEDGER),
	PROPERTY_REGISTER(Group.LEDGER),
	PROPERTY_WRITE(Group.LEDGER),
	MOVEMENT_APPROVE(Group.LEDGER),
	LEDGER_REVERSE(Group.LEDGER),
	RECONCILIATION_RUN(Group.LEDGER),
	STATEMENT_READ(Group.LEDGER),
	FX_RATE_ADMIN(Group.LEDGER),
	ALERT_HANDLE(Group.LEDGER),

	COMPLAINT_READ(Group.COMPLAINTS),
	COMPLAINT_INTAKE(Group.COMPLAINTS),
	COMPLAINT_HANDLE(Group.COMPLAINTS),
	COMPLAINT_APPROVE(Group.COMPLAINTS),

	AUDIT_READ(Group.AUDIT),
	AUDIT_EXPORT(Group.AUDIT),
	AUDIT_VERIFY(Group.AUDIT),

	REPORT_SUITABILITY(Group.REPORTS),
	REPORT_COMPLAINTS(Group.REPORTS),
	REPORT_PROPERTY(Group.REPORTS),
	REPORT_SERVICE(Group.REPORTS),

	USER_ADMIN(Group.ACCESS),
	TEAM_ADMIN(Group.ACCESS),
	ROLE_ADMIN(Group.ACCESS),
	SETTINGS_ADMIN(Group.ACCESS),
	METRICS_READ(Group.ACCESS);

	private final Group group;

	Permission(Group group) {
		this.group = group;
	}

	public Group group() {
		return this.group;
	}

	/** The permission of that name, or empty for a name Custodia does not know. */
	public static java.util.Optional<Permission> valueOfOptional(String name) {
		for (Permission permission : values()) {
			if (permission.name().equals(name)) {
				return java.util.Optional.of(permission);
			}
		}
		return java.util.Optional.empty();
	}

	/** The message key of this permission's description. */
	public String descriptionKey() {
		return "permission." + name();
	}

	/** The modules the matrix groups permissions by. */
	public enum Group {

		CLIENTS, TIERING, RISK, LEDGER, COMPLAINTS, AUDIT, REPORTS, ACCESS;

		public String messageKey() {
			return "permission.group." + name();
		}

	}

}
