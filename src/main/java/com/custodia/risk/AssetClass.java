package com.custodia.risk;

import com.custodia.web.Labelled;

/** The broad asset classes of the suggested allocation. */
public enum AssetClass implements Labelled {

	CASH, FIXED_INCOME, BALANCED, EQUITY, ALTERNATIVE;

	@Override
	public String messageKey() {
		return "risk.assetClass." + name();
	}

}
