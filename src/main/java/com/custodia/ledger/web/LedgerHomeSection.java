package com.custodia.ledger.web;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.custodia.clients.ClientScope;
import com.custodia.ledger.PropertyQueries;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.HomeSection;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The start page's ledger panel: for a checker, the movements waiting for them; for a maker, their own movements
 * waiting or rejected in the last 30 days; for finance, counts in progress and unresolved differences; for the risk
 * officer, open alerts. Each links to the page where the work is done; counts follow the user's scope.
 */
@Component
class LedgerHomeSection implements HomeSection {

	static final int DAYS = 30;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final com.custodia.ledger.LedgerFlows flows;

	private final PropertyQueries queries;

	LedgerHomeSection(NamedParameterJdbcTemplate jdbc, Clock clock, com.custodia.ledger.LedgerFlows flows,
			PropertyQueries queries) {
		this.flows = flows;
		this.queries = queries;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean appliesTo(CurrentUser user) {
		return user.can(Permission.MOVEMENT_APPROVE) || user.can(Permission.PROPERTY_WRITE)
				|| user.can(Permission.RECONCILIATION_RUN) || user.can(Permission.ALERT_HANDLE);
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		Map<String, Object> model = new HashMap<>();
		if (user.can(Permission.MOVEMENT_APPROVE)) {
			model.put("ledgerToApprove", this.queries.pendingCount(user));
		}
		if (user.can(Permission.PROPERTY_WRITE)) {
			PropertyQueries.OwnCounts own = this.queries.ownCounts(user, this.clock.instant().minus(Duration.ofDays(DAYS)));
			model.put("ledgerMinePending", own.pending());
			model.put("ledgerMineRejected", own.rejected());
		}
		if (user.can(Permission.RECONCILIATION_RUN)) {
			Map<String, Object> counts = this.jdbc.queryForMap("""
					select count(*) filter (where c.status = 'COUNTING') as counting,
					       (select count(*) from ledger_count_item i left join ledger_entry e on e.id = i.resolution_entry_id
					        join ledger_count k on k.id = i.count_id where k.status <> 'COUNTING'
					          and i.result in ('DIFFERENT', 'MISSING', 'UNEXPECTED')
					          and (i.resolution is null or (i.resolution = 'CORRECTED' and e.state is distinct from 'POSTED')))
					        as unresolved
					from ledger_count c""", new MapSqlParameterSource());
			model.put("ledgerCounting", counts.get("counting"));
			model.put("ledgerUnresolved", counts.get("unresolved"));
			// Finance's view of money in and out over twelve months, in each currency as it is settled.
			model.put("ledgerFlowsByCurrency", this.flows.byCurrency(user, 12));
		}
		if (user.can(Permission.ALERT_HANDLE)) {
			MapSqlParameterSource parameters = new MapSqlParameterSource();
			model.put("ledgerOpenAlerts", this.jdbc.queryForObject("select count(*) from ledger_alert a where "
					+ "a.acknowledged_at is null and " + ClientScope.of(user).clientIdIn("a.client_id", parameters),
					parameters, Long.class));
		}
		model.put("ledgerDays", DAYS);
		return model;
	}

	@Override
	public String fragment() {
		return "ledger/home :: panel";
	}

}
