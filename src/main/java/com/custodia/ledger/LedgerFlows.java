package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.custodia.clients.ClientScope;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Net flows of the clients in a user's scope: what came in (deposits, registrations) less what went out
 * (withdrawals, releases), in the base currency at the rate of the day each posted, by month. Transfers and
 * revaluations move no money in or out and are left out. Read from the monthly totals that V0021's trigger keeps as
 * entries post: an RM's totals (V0027), their team's (V0023) or the firm's, one row a month and currency, never the
 * entries themselves.
 */
@Service
@Transactional(readOnly = true)
public class LedgerFlows {

	private final NamedParameterJdbcTemplate jdbc;

	private final ClientService clients;

	LedgerFlows(NamedParameterJdbcTemplate jdbc, ClientService clients) {
		this.jdbc = jdbc;
		this.clients = clients;
	}

	/** The last {@code months} months, oldest first, each with its net flow (zero when nothing moved). */
	public Map<YearMonth, BigDecimal> monthly(CurrentUser user, int months) {
		Map<YearMonth, BigDecimal> flows = new LinkedHashMap<>();
		YearMonth current = YearMonth.from(this.clients.today());
		for (int i = months - 1; i >= 0; i--) {
			flows.put(current.minusMonths(i), BigDecimal.ZERO);
		}
		MapSqlParameterSource parameters = since(months);
		this.jdbc.query("select month, sum(base_net) from " + totals(user, parameters) + " group by month", parameters,
				(rs) -> {
					flows.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getBigDecimal(2));
				});
		return flows;
	}

	/**
	 * Net flows of the last {@code months} months by currency, each in its own currency (what finance settles), for the
	 * clients in the user's scope.
	 */
	public Map<Currency, BigDecimal> byCurrency(CurrentUser user, int months) {
		Map<Currency, BigDecimal> flows = new EnumMap<>(Currency.class);
		MapSqlParameterSource parameters = since(months);
		this.jdbc.query("select currency, sum(value_net) from " + totals(user, parameters) + " group by currency",
				parameters, (rs) -> {
					flows.put(Currency.valueOf(rs.getString(1)), rs.getBigDecimal(2));
				});
		return flows;
	}

	private MapSqlParameterSource since(int months) {
		LocalDate first = YearMonth.from(this.clients.today()).minusMonths(months - 1L).atDay(1);
		return new MapSqlParameterSource("since", first);
	}

	/** The monthly totals from {@code :since} on that the user may see, as a from-clause item. */
	private static String totals(CurrentUser user, MapSqlParameterSource parameters) {
		ClientScope scope = ClientScope.of(user);
		if (scope.reach() == ClientScope.Reach.ALL) {
			return "ledger_flow_firm_month where month >= :since";
		}
		if (scope.reach() == ClientScope.Reach.TEAM) {
			parameters.addValue("team", scope.teamId());
			return "ledger_flow_team_month where month >= :since and team_id = :team";
		}
		parameters.addValue("owner", scope.userId());
		return "ledger_flow_owner_month where month >= :since and owner_id = :owner";
	}

}
