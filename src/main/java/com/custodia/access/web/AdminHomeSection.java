package com.custodia.access.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.custodia.audit.AuditQueries;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.HomeSection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The admin's start-page panel: users locked out or disabled, and the latest changes to permissions, tier rules and
 * settings (from the audit trail), each linking to where it is managed.
 */
@Component
class AdminHomeSection implements HomeSection {

	/** The configuration changes an admin should see at a glance. */
	static final List<String> CHANGES = List.of("ROLE_PERMISSIONS_CHANGED", "ROLE_CREATED", "TIER_RULES_CHANGED",
			"LEDGER_SETTINGS_CHANGED", "COMPLAINT_SETTINGS_CHANGED", "EXCHANGE_RATE_SET");

	private final JdbcTemplate jdbc;

	private final AuditQueries audit;

	private final Clock clock;

	AdminHomeSection(JdbcTemplate jdbc, AuditQueries audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public boolean appliesTo(CurrentUser user) {
		return user.can(Permission.USER_ADMIN) || user.can(Permission.ROLE_ADMIN);
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		Map<String, Object> model = new HashMap<>();
		Map<String, Object> users = this.jdbc.queryForMap("select count(*) filter (where locked_until > ?) as locked, "
				+ "count(*) filter (where not enabled) as disabled from access_user", Timestamp.from(this.clock.instant()));
		model.put("adminLocked", users.get("locked"));
		model.put("adminDisabled", users.get("disabled"));
		// Only the admin's own business: who changed what in the configuration, not client data.
		model.put("adminChanges", this.audit.recent(CHANGES, 6));
		return model;
	}

	@Override
	public String fragment() {
		return "admin/home :: panel";
	}

}
