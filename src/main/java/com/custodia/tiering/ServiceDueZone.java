package com.custodia.tiering;

import com.custodia.web.DisplayZone;
import com.custodia.web.ZonedFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each client's next due day for contact (V0037's {@code next_contact_due_on}) in the days of the firm's display
 * zone, stored in {@code tiering_due_zone}; a new zone reckons every client's day again
 * ({@code tiering_next_due_rebuild()}), and client writes wait meanwhile.
 */
@Component
class ServiceDueZone extends ZonedFigures {

	ServiceDueZone(JdbcClient jdbc, TransactionTemplate transaction, DisplayZone zone) {
		super(jdbc, transaction, zone, "tiering_due_zone", "select tiering_next_due_rebuild()");
	}

}
