package com.custodia.risk;

import com.custodia.web.Labelled;

/** A product's risk rating, R1 (lowest) to R5 (highest). */
public enum ProductRisk implements Labelled {

	R1, R2, R3, R4, R5;

	@Override
	public String messageKey() {
		return "risk.rating." + name();
	}

}
