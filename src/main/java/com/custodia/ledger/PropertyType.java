package com.custodia.ledger;

import com.custodia.web.Labelled;

/**
 * What a piece of property is. Some are counted in units (shares, grams, items) as well as valued; cash and deposits
 * are only an amount.
 */
public enum PropertyType implements Labelled {

	CASH(false), DEPOSIT(false), MONEY_MARKET_FUND(true), FUND(true), BOND(true), STOCK(true), INSURANCE_POLICY(false),
	REAL_ESTATE(false), PRECIOUS_METAL(true), DOCUMENT(true), PHYSICAL_ITEM(true), OTHER(true);

	private final boolean counted;

	PropertyType(boolean counted) {
		this.counted = counted;
	}

	/** Whether the property has a quantity in units besides its value. */
	public boolean isCounted() {
		return this.counted;
	}

	@Override
	public String messageKey() {
		return "ledger.propertyType." + name();
	}

}
