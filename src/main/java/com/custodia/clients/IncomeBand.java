package com.custodia.clients;

import java.math.BigDecimal;

/** Annual income bands (CNY), as clients state them; the lower bound counts for professional-investor status. */
public enum IncomeBand implements com.custodia.web.Labelled {

	BELOW_100K(0), FROM_100K(100_000), FROM_300K(300_000), FROM_500K(500_000), FROM_1M(1_000_000);

	private final BigDecimal from;

	IncomeBand(long from) {
		this.from = BigDecimal.valueOf(from);
	}

	public BigDecimal from() {
		return this.from;
	}

	@Override
	public String messageKey() {
		return "client.incomeBand." + name();
	}

}
