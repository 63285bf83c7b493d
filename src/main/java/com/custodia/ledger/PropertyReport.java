package com.custodia.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientScope;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The property report: assets under custody at the end of a chosen day (each property's balance after its last
 * posting that day, released and lost property excluded) in the base currency at that day's rates, by the clients'
 * tier, by type, custodian and currency; and the reconciliation differences and how they were resolved. The tier is
 * the one the client holds now (tiers are not kept by day). Two queries over the user's scope, narrowed to a team or
 * RM when asked.
 */
@Service
@Transactional(readOnly = true)
public class PropertyReport {

	/** The report's figures; the maps keep the order shown. */
	public record Figures(LocalDate on, BigDecimal total, Map<String, BigDecimal> byTier, Map<String, BigDecimal> byType,
			Map<String, BigDecimal> byCustodian, Map<String, BigDecimal> byCurrency, Map<String, Long> differences) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final PropertyLedger ledger;

	private final DisplayZone zone;

	PropertyReport(NamedParameterJdbcTemplate jdbc, PropertyLedger ledger, DisplayZone zone) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.zone = zone;
	}

	public Figures of(CurrentUser user, BookFilter book, LocalDate on) {
		if (!user.can(Permission.REPORT_PROPERTY)) {
			throw new AccessDeniedException(Permission.REPORT_PROPERTY.name());
		}
		ExchangeRates rates = this.ledger.rates();
		MapSqlParameterSource parameters = new MapSqlParameterSource("end",
				Timestamp.from(on.plusDays(1).atStartOfDay(this.zone.zoneId()).toInstant()));
		String scope = ClientScope.of(user).clientIdIn("p.client_id", book, parameters);
		Map<String, BigDecimal> byTier = new TreeMap<>();
		Map<String, BigDecimal> byType = new TreeMap<>();
		Map<String, BigDecimal> byCustodian = new TreeMap<>();
		Map<String, BigDecimal> byCurrency = new TreeMap<>();
		BigDecimal[] total = { BigDecimal.ZERO };
		this.jdbc.query("""
				select c.tier, p.property_type, p.custodian, p.currency, sum(b.value_after)
				from ledger_property p join clients_client c on c.id = p.client_id
				join lateral (select e.value_after, e.status_after from ledger_entry e where e.property_id = p.id
				    and e.state = 'POSTED' and e.posted_at < :end order by e.posted_at desc, e.posting_seq desc limit 1) b on true
				where p.registered_at < :end and p.status not in ('RELEASED', 'LOST_OR_DAMAGED') and\s""" + scope + """
				 group by 1, 2, 3, 4""", parameters, (rs) -> {
					Currency currency = Currency.valueOf(rs.getString(4));
					BigDecimal base = rates.toBase(rs.getBigDecimal(5), currency, on).orElse(BigDecimal.ZERO)
						.setScale(2, RoundingMode.HALF_UP);
					String tier = rs.getString(1);
					byTier.merge((tier != null) ? tier : "", base, BigDecimal::add);
					byType.merge(rs.getString(2), base, BigDecimal::add);
					byCustodian.merge(rs.getString(3), base, BigDecimal::add);
					byCurrency.merge(currency.name(), base, BigDecimal::add);
					total[0] = total[0].add(base);
				});
		Map<String, Long> differences = new LinkedHashMap<>();
		MapSqlParameterSource countParameters = new MapSqlParameterSource("end", parameters.getValue("end"));
		String countScope = ClientScope.of(user).clientIdIn("p.client_id", book, countParameters);
		// An unexpected item (no property) belongs to no client, so to no team or RM either.
		String unexpected = book.isEmpty() ? "i.property_id is null or " : "";
		this.jdbc.query("""
				select coalesce(i.resolution, 'UNRESOLVED'), count(*) from ledger_count_item i
				join ledger_count k on k.id = i.count_id left join ledger_property p on p.id = i.property_id
				where k.opened_at < :end and i.result in ('DIFFERENT', 'MISSING', 'UNEXPECTED')
				  and (""" + unexpected + countScope + ") group by 1 order by 1", countParameters, (rs) -> {
					differences.put(rs.getString(1), rs.getLong(2));
				});
		// Tiers in their own order, lowest first (clients without a tier yet last).
		Map<String, BigDecimal> tiers = new LinkedHashMap<>();
		for (com.custodia.clients.Tier tier : com.custodia.clients.Tier.values()) {
			if (byTier.containsKey(tier.name())) {
				tiers.put(tier.name(), byTier.get(tier.name()));
			}
		}
		if (byTier.containsKey("")) {
			tiers.put("", byTier.get(""));
		}
		return new Figures(on, total[0], tiers, byType, byCustodian, byCurrency, differences);
	}

}
