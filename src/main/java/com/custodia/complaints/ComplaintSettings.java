package com.custodia.complaints;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The firm's complaint settings: acknowledgement days, calendar or business days, the compensation threshold. */
@Service
@Transactional(readOnly = true)
public class ComplaintSettings {

	/** The settings as they stand. */
	public record Settings(int acknowledgeBusinessDays, boolean countBusinessDays, BigDecimal compensationThreshold) {
	}

	private final JdbcClient jdbc;

	private final com.custodia.audit.AuditTrail audit;

	ComplaintSettings(JdbcClient jdbc, com.custodia.audit.AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Saves the settings (admins with {@code SETTINGS_ADMIN}); they apply to complaints received or reopened from now
	 * on, and to deadlines moved from now on (extensions, pauses); deadlines already set stay.
	 */
	@Transactional
	public void save(com.custodia.security.CurrentUser user, Integer acknowledgeBusinessDays, boolean countBusinessDays,
			BigDecimal compensationThreshold) {
		if (!user.can(com.custodia.security.Permission.SETTINGS_ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("SETTINGS_ADMIN");
		}
		java.util.List<com.custodia.web.FieldProblem> problems = new java.util.ArrayList<>();
		if (acknowledgeBusinessDays == null || acknowledgeBusinessDays < 1 || acknowledgeBusinessDays > 10) {
			problems.add(new com.custodia.web.FieldProblem("acknowledgeBusinessDays", "complaint.settings.daysInvalid"));
		}
		if (compensationThreshold == null || compensationThreshold.signum() < 0
				|| compensationThreshold.stripTrailingZeros().scale() > 2
				|| compensationThreshold.compareTo(new BigDecimal("10000000000")) >= 0) {
			problems.add(new com.custodia.web.FieldProblem("compensationThreshold", "complaint.compensationInvalid"));
		}
		if (!problems.isEmpty()) {
			throw new com.custodia.clients.ClientRuleException(problems);
		}
		Settings before = current();
		this.jdbc.sql("update complaints_setting set acknowledge_business_days = ?, count_business_days = ?, "
				+ "compensation_threshold = ?, version = version + 1 where id = 1")
			.params(acknowledgeBusinessDays, countBusinessDays, compensationThreshold).update();
		this.audit.record(com.custodia.audit.AuditEntry.of("COMPLAINT_SETTINGS_CHANGED").target("COMPLAINT_SETTINGS", 1)
			.change("acknowledgeBusinessDays", before.acknowledgeBusinessDays(), acknowledgeBusinessDays)
			.change("countBusinessDays", before.countBusinessDays(), countBusinessDays)
			.change("compensationThreshold", before.compensationThreshold(), compensationThreshold));
	}

	public Settings current() {
		return this.jdbc.sql("select acknowledge_business_days, count_business_days, compensation_threshold "
				+ "from complaints_setting where id = 1")
			.query((rs, row) -> new Settings(rs.getInt(1), rs.getBoolean(2), rs.getBigDecimal(3)))
			.single();
	}

}
