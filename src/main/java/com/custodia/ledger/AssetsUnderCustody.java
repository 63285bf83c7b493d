package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.custodia.clients.ClientService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the firm holds for clients, in the base currency at today's rates: every property's balance but released and
 * lost property. Read by other modules (tiering), for one client or a range of clients in one query.
 */
@Service
@Transactional(readOnly = true)
public class AssetsUnderCustody {

	private final JdbcClient jdbc;

	private final PropertyLedger ledger;

	private final ClientService clients;

	AssetsUnderCustody(JdbcClient jdbc, PropertyLedger ledger, ClientService clients) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.clients = clients;
	}

	/** The assets of one client (zero when they hold nothing). */
	public BigDecimal ofClient(long clientId) {
		return ofClients(clientId, clientId).getOrDefault(clientId, BigDecimal.ZERO);
	}

	/**
	 * The assets of every client with an id from {@code fromId} to {@code toId} who holds anything; clients without
	 * property are not in the map. One query, summed per currency in the database and converted here.
	 */
	public Map<Long, BigDecimal> ofClients(long fromId, long toId) {
		ExchangeRates rates = this.ledger.rates();
		LocalDate today = this.clients.today();
		Map<Long, BigDecimal> assets = new HashMap<>();
		this.jdbc.sql("select client_id, currency, sum(value) from ledger_property where client_id between ? and ? "
				+ "and status not in ('RELEASED', 'LOST_OR_DAMAGED') group by client_id, currency")
			.params(fromId, toId)
			.query((rs) -> {
				Currency currency = Currency.valueOf(rs.getString(2));
				BigDecimal base = rates.toBase(rs.getBigDecimal(3), currency, today)
					.orElseThrow(() -> new IllegalStateException("No " + currency + " rate for " + today));
				assets.merge(rs.getLong(1), base, BigDecimal::add);
			});
		return assets;
	}

}
