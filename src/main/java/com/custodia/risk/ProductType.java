package com.custodia.risk;

import com.custodia.web.Labelled;

/** The kinds of product the firm offers. */
public enum ProductType implements Labelled {

	DEPOSIT, MONEY_MARKET_FUND, BANK_WEALTH_PRODUCT, BOND_FUND, BALANCED_FUND, EQUITY_FUND, STRUCTURED_PRODUCT,
	PRIVATE_FUND, TRUST_PLAN, INSURANCE;

	@Override
	public String messageKey() {
		return "risk.productType." + name();
	}

}
