package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A piece of property as its pages show it, with its value in the base currency at today's rate and how many of its
 * movements wait for approval.
 */
public record PropertyView(long id, String code, long clientId, PropertyType type, String description, String custodian,
		String location, PropertyStatus status, String unit, Currency currency, BigDecimal value, BigDecimal quantity,
		BigDecimal baseValue, Instant registeredAt, String registeredBy, int pending) {

	public boolean takesMovements() {
		return this.status.takesMovements();
	}

}
