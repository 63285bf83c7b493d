package com.custodia.risk;

import java.math.BigDecimal;
import java.time.Instant;

/** A product of the catalogue with its risk rating. Withdrawn products stay, for the recommendations made of them. */
public record Product(long id, String name, ProductType type, String issuer, ProductRisk rating,
		BigDecimal minimumInvestment, String currency, boolean professionalOnly, boolean withdrawn, Instant updatedAt,
		long version) {

	/** What the risk officer types: everything but the bookkeeping. */
	public record Details(String name, ProductType type, String issuer, ProductRisk rating, BigDecimal minimumInvestment,
			boolean professionalOnly) {
	}

	public Details details() {
		return new Details(this.name, this.type, this.issuer, this.rating, this.minimumInvestment, this.professionalOnly);
	}

}
