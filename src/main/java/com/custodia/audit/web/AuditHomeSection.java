package com.custodia.audit.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import com.custodia.audit.ChainVerifier;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;
import com.custodia.web.HomeSection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The start page's audit panel for auditors and compliance: the chain's last verification and its latest sealed
 * hash, and the denied accesses and failed sign-ins of the last 30 days, each linking into the filtered trail.
 */
@Component
class AuditHomeSection implements HomeSection {

	static final int DAYS = 30;

	private final ChainVerifier chain;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final DisplayZone zone;

	AuditHomeSection(ChainVerifier chain, JdbcTemplate jdbc, Clock clock, DisplayZone zone) {
		this.chain = chain;
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = zone;
	}

	@Override
	public boolean appliesTo(CurrentUser user) {
		return user.can(Permission.AUDIT_READ);
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		Map<String, Object> model = new HashMap<>();
		model.put("auditVerification", this.chain.latest().orElse(null));
		model.put("auditHead", this.chain.head().orElse(null));
		ZoneId zoneId = this.zone.zoneId();
		LocalDate since = LocalDate.ofInstant(this.clock.instant().minus(Duration.ofDays(DAYS)), zoneId);
		Map<String, Long> counts = new HashMap<>(Map.of("ACCESS_DENIED", 0L, "LOGIN_FAILURE", 0L));
		// Through the (action, occurred_at) index: two range counts.
		this.jdbc.query("select action, count(*) from audit_event where action in ('ACCESS_DENIED', 'LOGIN_FAILURE') "
				+ "and occurred_at >= ? group by action", (rs) -> {
					counts.put(rs.getString(1), rs.getLong(2));
				}, Timestamp.from(since.atStartOfDay(zoneId).toInstant()));
		model.put("auditDenied", counts.get("ACCESS_DENIED"));
		model.put("auditFailedLogins", counts.get("LOGIN_FAILURE"));
		model.put("auditSince", since);
		return model;
	}

	@Override
	public String fragment() {
		return "audit/home :: panel";
	}

}
