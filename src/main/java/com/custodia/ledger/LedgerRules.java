package com.custodia.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a movement must satisfy before it is written, whatever screen it comes from: the property still takes
 * movements, the change goes the way its kind says, and neither the value nor the quantity goes below zero. The
 * database checks the balance again under a row lock, so two movements at the same moment cannot both pass.
 */
public final class LedgerRules {

	/** A balance: the value in the property's currency, and the quantity for property counted in units. */
	public record Balance(BigDecimal value, BigDecimal quantity) {

		public static final Balance ZERO = new Balance(BigDecimal.ZERO, BigDecimal.ZERO);

		public Balance plus(BigDecimal valueChange, BigDecimal quantityChange) {
			return new Balance(this.value.add(valueChange), this.quantity.add(quantityChange));
		}

	}

	private LedgerRules() {
	}

	/**
	 * Message keys of what refuses the movement; empty when it may be written (or submitted for approval).
	 *
	 * @param status the property's status now
	 * @param kind the movement
	 * @param before the balance before it (pending movements do not count)
	 * @param valueChange the change in value, signed
	 * @param quantityChange the change in quantity, signed (zero for property not counted in units)
	 */
	public static List<String> problems(PropertyStatus status, EntryKind kind, Balance before, BigDecimal valueChange,
			BigDecimal quantityChange) {
		List<String> problems = new ArrayList<>();
		if (kind != EntryKind.REVERSAL && !status.takesMovements()) {
			problems.add("ledger.movement.propertyClosed");
		}
		switch (kind) {
			case DEPOSIT, TRANSFER_IN -> {
				if (valueChange.signum() < 0 || quantityChange.signum() < 0 || (valueChange.signum() == 0
						&& quantityChange.signum() == 0)) {
					problems.add("ledger.movement.mustAdd");
				}
			}
			case WITHDRAWAL, TRANSFER_OUT -> {
				if (valueChange.signum() > 0 || quantityChange.signum() > 0 || (valueChange.signum() == 0
						&& quantityChange.signum() == 0)) {
					problems.add("ledger.movement.mustTake");
				}
			}
			case STATUS_CHANGE -> {
				if (valueChange.signum() != 0 || quantityChange.signum() != 0) {
					problems.add("ledger.movement.statusOnly");
				}
			}
			case REGISTRATION -> problems.add("ledger.movement.registrationIsFirst");
			default -> {
			}
		}
		Balance after = before.plus(valueChange, quantityChange);
		if (after.value().signum() < 0 || after.quantity().signum() < 0) {
			problems.add("ledger.movement.belowZero");
		}
		return problems;
	}

	/** The release takes everything that is left: the change that brings the balance to zero. */
	public static Balance releaseChange(Balance before) {
		return new Balance(before.value().negate(), before.quantity().negate());
	}

}
