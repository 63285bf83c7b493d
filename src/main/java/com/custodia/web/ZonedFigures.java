package com.custodia.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figures the database keeps in the days or months of the firm's display zone, by triggers that read the zone from a
 * one-row table (PostgreSQL cannot see {@code custodia.display-time-zone}). When Custodia starts with a different zone
 * than the stored one, the zone is stored and the figures rebuilt in one transaction, before any request is served.
 */
public abstract class ZonedFigures implements SmartInitializingSingleton {

	private final Logger log = LoggerFactory.getLogger(getClass());

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final DisplayZone zone;

	private final String zoneTable;

	private final String rebuild;

	/**
	 * @param zoneTable the one-row table ({@code id = 1}) with the zone the figures are in
	 * @param rebuild the SQL that rebuilds the figures in the stored zone
	 */
	protected ZonedFigures(JdbcClient jdbc, TransactionTemplate transaction, DisplayZone zone, String zoneTable,
			String rebuild) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.zone = zone;
		this.zoneTable = zoneTable;
		this.rebuild = rebuild;
	}

	@Override
	public void afterSingletonsInstantiated() {
		useZone(this.zone.zoneId().getId());
	}

	/** Stores the zone and rebuilds the figures in it, unless they are in it already; answers whether it rebuilt. */
	public boolean useZone(String wanted) {
		Boolean rebuilt = this.transaction.execute((status) -> {
			String stored = this.jdbc.sql("select zone from " + this.zoneTable + " where id = 1 for update")
				.query(String.class)
				.single();
			if (stored.equals(wanted)) {
				return false;
			}
			this.jdbc.sql("update " + this.zoneTable + " set zone = ? where id = 1").param(wanted).update();
			this.jdbc.sql(this.rebuild).query().singleRow();
			this.log.info("Rebuilt for the time zone {} (it was {}; kept in {})", wanted, stored, this.zoneTable);
			return true;
		});
		return Boolean.TRUE.equals(rebuilt);
	}

}
