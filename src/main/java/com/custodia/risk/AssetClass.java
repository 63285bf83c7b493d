package com.custodia.risk;

/** The broad asset classes of the suggested allocation. */
public enum AssetClass implements com.custodia.web.Labelled {

	CASH, FIXED_INCOME, BALANCED, EQUITY, ALTERNATIVE;

	@Override
	public String messageKey() {
		return "risk.assetClass." + name();
	}

}
