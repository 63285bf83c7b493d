package com.custodia.complaints;

import com.custodia.web.DisplayZone;
import com.custodia.web.ZonedFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the complaints counted per day (V0044's {@code complaints_received_day}) in the days of the firm's display
 * zone, stored in {@code complaints_count_zone}; a new zone recounts them from the complaints
 * ({@code complaints_count_rebuild()}), and new complaints wait meanwhile.
 */
@Component
class ComplaintCountZone extends ZonedFigures {

	ComplaintCountZone(JdbcClient jdbc, TransactionTemplate transaction, DisplayZone zone) {
		super(jdbc, transaction, zone, "complaints_count_zone", "select complaints_count_rebuild()");
	}

}
