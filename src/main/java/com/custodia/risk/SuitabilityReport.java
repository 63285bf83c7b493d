package com.custodia.risk;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientScope;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suitability report for a period: recommendations of products above the client's level (or without a valid
 * assessment), by verdict and by the review's outcome; how many clients were recommended something unsuitable; and
 * the clients in scope whose assessment has expired today; and the clients who hold (were recommended, and it went
 * through) a product above their level today, or hold anything above R1 without a valid level. Four queries over
 * the user's scope, narrowed to a team or RM when asked.
 */
@Service
@Transactional(readOnly = true)
public class SuitabilityReport {

	/** The figures. */
	public record Figures(LocalDate from, LocalDate to, long recommendations, Map<String, Long> mismatchesByVerdict,
			Map<String, Long> exceptionsByOutcome, long clientsWithMismatch, long expiredNow, long holdingAboveLevel) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ClientService clients;

	private final DisplayZone zone;

	private final Recommendations recommendations;

	SuitabilityReport(NamedParameterJdbcTemplate jdbc, ClientService clients, DisplayZone zone,
			Recommendations recommendations) {
		this.jdbc = jdbc;
		this.recommendations = recommendations;
		this.clients = clients;
		this.zone = zone;
	}

	public Figures of(CurrentUser user, BookFilter book, LocalDate from, LocalDate to) {
		if (!user.can(Permission.REPORT_SUITABILITY)) {
			throw new AccessDeniedException(Permission.REPORT_SUITABILITY.name());
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("from",
				Timestamp.from(from.atStartOfDay(this.zone.zoneId()).toInstant()))
			.addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(this.zone.zoneId()).toInstant()))
			.addValue("today", this.clients.today());
		String where = " from risk_recommendation r where r.recommended_at >= :from and r.recommended_at < :to and "
				+ ClientScope.of(user).clientIdIn("r.client_id", book, parameters);
		Map<String, Long> byVerdict = new LinkedHashMap<>();
		Map<String, Long> byOutcome = new LinkedHashMap<>();
		long[] totals = new long[2];
		this.jdbc.query("select r.verdict, r.review_status, count(*), count(distinct r.client_id)" + where
				+ " group by 1, 2 order by 1, 2", parameters, (rs) -> {
					long count = rs.getLong(3);
					totals[0] += count;
					if (!"SUITABLE".equals(rs.getString(1))) {
						byVerdict.merge(rs.getString(1), count, Long::sum);
						byOutcome.merge(rs.getString(2), count, Long::sum);
					}
				});
		totals[1] = this.jdbc.queryForObject("select count(distinct r.client_id)" + where + " and r.verdict <> 'SUITABLE'",
				parameters, Long.class);
		long expired = this.jdbc.queryForObject("select count(*) from clients_client c where c.status <> 'CLOSED' "
				+ "and c.risk_expires_on <= :today and " + ClientScope.of(user).clientIdIn("c.id", book, parameters),
				parameters, Long.class);
		long holding = this.recommendations.heldAboveLevel(user, book);
		return new Figures(from, to, totals[0], byVerdict, byOutcome, totals[1], expired, holding);
	}

}
