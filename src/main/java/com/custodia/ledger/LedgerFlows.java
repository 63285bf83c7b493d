package com.custodia.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import com.custodia.clients.ClientScope;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;
import com.custodia.web.DisplayZone;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Net flows of the clients in a user's scope: what came in (deposits, registrations) less what went out
 * (withdrawals, releases), in the base currency at the rate of the day each posted, by month. Transfers and
 * revaluations move no money in or out and are left out. One query over the posted entries of the period.
 */
@Service
@Transactional(readOnly = true)
public class LedgerFlows {

	private final NamedParameterJdbcTemplate jdbc;

	private final ClientService clients;

	private final DisplayZone zone;

	LedgerFlows(NamedParameterJdbcTemplate jdbc, ClientService clients, DisplayZone zone) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.zone = zone;
	}

	/** The last {@code months} months, oldest first, each with its net flow (zero when nothing moved). */
	public Map<YearMonth, BigDecimal> monthly(CurrentUser user, int months) {
		YearMonth current = YearMonth.from(this.clients.today());
		Map<YearMonth, BigDecimal> flows = new LinkedHashMap<>();
		for (int i = months - 1; i >= 0; i--) {
			flows.put(current.minusMonths(i), BigDecimal.ZERO);
		}
		LocalDate first = current.minusMonths(months - 1L).atDay(1);
		MapSqlParameterSource parameters = new MapSqlParameterSource("since",
				Timestamp.from(first.atStartOfDay(this.zone.zoneId()).toInstant()))
			.addValue("zone", this.zone.zoneId().getId());
		this.jdbc.query("select to_char(e.posted_at at time zone :zone, 'YYYY-MM'), sum(sign(e.value_change) * e.base_amount) "
				+ "from ledger_entry e join ledger_property p on p.id = e.property_id where e.state = 'POSTED' "
				+ "and e.kind in ('REGISTRATION', 'DEPOSIT', 'WITHDRAWAL', 'RELEASE') and e.posted_at >= :since and "
				+ ClientScope.of(user).clientIdIn("p.client_id", parameters) + " group by 1", parameters, (rs) -> {
					flows.put(YearMonth.parse(rs.getString(1)), rs.getBigDecimal(2));
				});
		return flows;
	}

	/**
	 * Net flows of the last {@code months} months by currency, each in its own currency (what finance settles), for the
	 * clients in the user's scope: one query.
	 */
	public Map<Currency, BigDecimal> byCurrency(CurrentUser user, int months) {
		LocalDate first = YearMonth.from(this.clients.today()).minusMonths(months - 1L).atDay(1);
		MapSqlParameterSource parameters = new MapSqlParameterSource("since",
				Timestamp.from(first.atStartOfDay(this.zone.zoneId()).toInstant()));
		Map<Currency, BigDecimal> flows = new java.util.EnumMap<>(Currency.class);
		this.jdbc.query("select p.currency, sum(e.value_change) from ledger_entry e join ledger_property p "
				+ "on p.id = e.property_id where e.state = 'POSTED' and e.kind in ('REGISTRATION', 'DEPOSIT', 'WITHDRAWAL', "
				+ "'RELEASE') and e.posted_at >= :since and " + ClientScope.of(user).clientIdIn("p.client_id", parameters)
				+ " group by 1", parameters, (rs) -> {
					flows.put(Currency.valueOf(rs.getString(1)), rs.getBigDecimal(2));
				});
		return flows;
	}

}
