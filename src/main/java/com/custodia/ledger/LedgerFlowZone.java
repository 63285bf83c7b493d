package com.custodia.ledger;

import com.custodia.web.DisplayZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the monthly flow totals (V0021's {@code ledger_flow_month}) in the months of the firm's display zone. The
 * database trigger that maintains them reads the zone from {@code ledger_flow_zone}; when Custodia starts with a
 * different {@code custodia.display-time-zone}, the zone is stored and the totals rebuilt from the posted entries
 * ({@code ledger_flow_rebuild()}) in one transaction, before any request is served; postings wait meanwhile.
 */
@Component
class LedgerFlowZone implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(LedgerFlowZone.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final DisplayZone zone;

	LedgerFlowZone(JdbcClient jdbc, TransactionTemplate transaction, DisplayZone zone) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.zone = zone;
	}

	@Override
	public void afterSingletonsInstantiated() {
		useZone(this.zone.zoneId().getId());
	}

	/** Stores the zone and rebuilds the totals in it, unless they are in it already; answers whether it rebuilt. */
	boolean useZone(String wanted) {
		Boolean rebuilt = this.transaction.execute((status) -> {
			String stored = this.jdbc.sql("select zone from ledger_flow_zone where id = 1 for update")
				.query(String.class)
				.single();
			if (stored.equals(wanted)) {
				return false;
			}
			this.jdbc.sql("update ledger_flow_zone set zone = ? where id = 1").param(wanted).update();
			this.jdbc.sql("select ledger_flow_rebuild()").query().singleRow();
			log.info("Monthly flow totals rebuilt for the time zone {} (they were in {})", wanted, stored);
			return true;
		});
		return Boolean.TRUE.equals(rebuilt);
	}

}
