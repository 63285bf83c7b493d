package com.custodia.ledger;

import com.custodia.web.DisplayZone;
import com.custodia.web.ZonedFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the monthly flow totals (V0021's {@code ledger_flow_month}) in the months of the firm's display zone, stored
 * in {@code ledger_flow_zone}; a new zone rebuilds them from the posted entries ({@code ledger_flow_rebuild()}), and
 * postings wait meanwhile.
 */
@Component
class LedgerFlowZone extends ZonedFigures {

	LedgerFlowZone(JdbcClient jdbc, TransactionTemplate transaction, DisplayZone zone) {
		super(jdbc, transaction, zone, "ledger_flow_zone", "select ledger_flow_rebuild()");
	}

}
