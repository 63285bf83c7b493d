package com.custodia.complaints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.custodia.clients.BookFilter;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints report for complaints received in a period: counts by category, channel, finding and month; average
 * and longest handling time (receipt, or the latest reopening, to the reply, in calendar days, for those replied); the
 * share decided within 15 days of receipt (or reopening); and the complainants' satisfaction. A fixed number of
 * queries, however many complaints; over the reader's scope, or one team's or RM's clients when asked.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintReport {

	/** The report's figures. Maps keep the order they are shown in. */
	public record Figures(LocalDate from, LocalDate to, long received, Map<String, Long> byCategory,
			Map<String, Long> byChannel, Map<String, Long> byFinding, Map<String, Long> byMonth,
			BigDecimal averageDays, Integer longestDays, long decided, long decidedWithin15, Map<String, Long> bySatisfaction) {

		/** Decided within 15 days, as a percentage of those decided (one decimal), or {@code null} when none was. */
		public BigDecimal shareWithin15() {
			return (this.decided == 0) ? null
					: BigDecimal.valueOf(this.decidedWithin15 * 100).divide(BigDecimal.valueOf(this.decided), 1,
							RoundingMode.HALF_UP);
		}

	}

	private static final String MOST_FIRST = " group by 1 order by 2 desc, 1";

	private final NamedParameterJdbcTemplate jdbc;

	private final DisplayZone zone;

	ComplaintReport(NamedParameterJdbcTemplate jdbc, DisplayZone zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	public Figures of(CurrentUser user, BookFilter book, LocalDate from, LocalDate to) {
		MapSqlParameterSource parameters = parameters(from, to);
		String where = where(user, book, parameters);
		Map<String, Long> byCategory = counts("c.category", where + MOST_FIRST, parameters);
		Map<String, Long> byChannel = counts("c.channel", where + MOST_FIRST, parameters);
		Map<String, Long> byFinding = counts("c.finding", where + " and c.finding is not null" + MOST_FIRST, parameters);
		Map<String, Long> byMonth = counts("to_char(c.received_at at time zone :zone, 'YYYY-MM')", where
				+ " group by 1 order by 1", parameters);
		Map<String, Long> bySatisfaction = counts("c.satisfaction", where + " and c.satisfaction is not null" + MOST_FIRST,
				parameters);
		return this.jdbc.queryForObject("""
				select count(*),
				       avg((c.replied_at at time zone :zone)::date - c.started_on) filter (where c.replied_at is not null),
				       max((c.replied_at at time zone :zone)::date - c.started_on) filter (where c.replied_at is not null),
				       count(*) filter (where c.decided_at is not null),
				       count(*) filter (where c.decided_at is not null
				           and (c.decided_at at time zone :zone)::date - c.started_on <= 15)
				""" + where, parameters, (rs, row) -> {
					BigDecimal average = rs.getBigDecimal(2);
					BigDecimal longest = rs.getBigDecimal(3);
					return new Figures(from, to, rs.getLong(1), byCategory, byChannel, byFinding, byMonth,
							(average != null) ? average.setScale(1, RoundingMode.HALF_UP) : null,
							(longest != null) ? longest.setScale(0, RoundingMode.CEILING).intValue() : null, rs.getLong(4),
							rs.getLong(5), bySatisfaction);
				});
	}

	/**
	 * Only the counts by category (most first) of the complaints received between two days that the user may see: what
	 * compliance's start page charts, without the rest of the report's queries. A reader who sees every complaint gets
	 * them from the counts per day that V0044's triggers keep, so a year costs the same however many came in.
	 */
	public Map<String, Long> byCategory(CurrentUser user, LocalDate from, LocalDate to) {
		checkReader(user);
		if (ComplaintQueries.seesEveryComplaint(user)) {
			return counts("category", "sum(received)", " from complaints_received_day where day between :from and :to "
					+ "group by 1 having sum(received) > 0 order by 2 desc, 1",
					new MapSqlParameterSource("from", from).addValue("to", to));
		}
		MapSqlParameterSource parameters = parameters(from, to);
		return counts("c.category", where(user, BookFilter.NONE, parameters) + MOST_FIRST, parameters);
	}

	private MapSqlParameterSource parameters(LocalDate from, LocalDate to) {
		return new MapSqlParameterSource("from", Timestamp.from(from.atStartOfDay(this.zone.zoneId()).toInstant()))
			.addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(this.zone.zoneId()).toInstant()))
			.addValue("zone", this.zone.zoneId().getId());
	}

	/** The from and where clauses: received in the period, visible to the user, narrowed by the book filter. */
	private static String where(CurrentUser user, BookFilter book, MapSqlParameterSource parameters) {
		checkReader(user);
		return " from complaints_complaint c where c.received_at >= :from and c.received_at < :to and "
				+ ComplaintQueries.scope(user, book, parameters);
	}

	private static void checkReader(CurrentUser user) {
		if (!user.can(Permission.REPORT_COMPLAINTS)) {
			throw new AccessDeniedException(Permission.REPORT_COMPLAINTS.name());
		}
	}

	/** Counts by {@code key}; {@code rest} is the from, where, group and order clauses. */
	private Map<String, Long> counts(String key, String rest, MapSqlParameterSource parameters) {
		return counts(key, "count(*)", rest, parameters);
	}

	/** As above, with {@code count} the figure for each key (a count, or a sum of kept counts). */
	private Map<String, Long> counts(String key, String count, String rest, MapSqlParameterSource parameters) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.query("select " + key + " as k, " + count + " as n" + rest, parameters,
				(rs) -> {
					counts.put(rs.getString("k"), rs.getLong("n"));
				});
		return counts;
	}

}
