package com.custodia.ledger;

import java.math.BigDecimal;
import java.util.List;

/**
 * A statement's arithmetic for one property over a period: the opening balance, the movements in it, and the
 * closing balance, which is always the opening plus the movements (a statement that would not add up is a bug, not a
 * rounding matter: amounts are exact).
 */
public final class StatementArithmetic {

	/** One property's section of a statement, in the property's currency. */
	public record Section(BigDecimal opening, List<BigDecimal> movements, BigDecimal closing) {

		public Section {
			movements = List.copyOf(movements);
		}

		public BigDecimal netMovement() {
			return this.movements.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public boolean addsUp() {
			return this.opening.add(netMovement()).compareTo(this.closing) == 0;
		}

	}

	private StatementArithmetic() {
	}

	/** The section from the opening balance and the period's movements. */
	public static Section section(BigDecimal opening, List<BigDecimal> movements) {
		BigDecimal closing = movements.stream().reduce(opening, BigDecimal::add);
		return new Section(opening, movements, closing);
	}

}
