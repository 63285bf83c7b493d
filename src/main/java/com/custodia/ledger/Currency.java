package com.custodia.ledger;

import com.custodia.web.Labelled;

/** The currencies property is held in. CNY is the base currency every total is shown in. */
public enum Currency implements Labelled {

	CNY, USD, HKD, EUR;

	public static final Currency BASE = CNY;

	@Override
	public String messageKey() {
		return "ledger.currency." + name();
	}

}
