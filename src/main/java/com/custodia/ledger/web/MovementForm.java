package com.custodia.ledger.web;

import java.math.BigDecimal;

import com.custodia.ledger.EntryKind;
import com.custodia.ledger.PropertyLedger;
import com.custodia.ledger.PropertyStatus;
import com.custodia.ledger.PropertyView;

/**
 * The movement form as people think of it: an amount deposited or withdrawn (always positive), a new value for a
 * revaluation, a new status for a status change, nothing for a release, the other property for a transfer out. It
 * becomes a signed ledger movement here.
 */
public class MovementForm {

	private EntryKind kind = EntryKind.DEPOSIT;

	private BigDecimal amount;

	private BigDecimal quantity;

	private BigDecimal newValue;

	private PropertyStatus newStatus;

	private String reason;

	/** The property a transfer out goes to. */
	private Long toProperty;

	boolean isTransfer() {
		return this.kind == EntryKind.TRANSFER_OUT;
	}

	PropertyLedger.Movement toMovement(PropertyView property) {
		BigDecimal amount = (this.amount != null) ? this.amount : BigDecimal.ZERO;
		BigDecimal units = (this.quantity != null) ? this.quantity : BigDecimal.ZERO;
		if (this.kind == null) {
			return new PropertyLedger.Movement(null, null, null, null, this.reason);
		}
		return switch (this.kind) {
			case DEPOSIT -> new PropertyLedger.Movement(this.kind, amount, units, null, this.reason);
			case WITHDRAWAL -> new PropertyLedger.Movement(this.kind, amount.negate(), units.negate(), null, this.reason);
			case REVALUATION -> new PropertyLedger.Movement(this.kind, null, BigDecimal.ZERO, null, this.reason,
					this.newValue);
			case STATUS_CHANGE -> new PropertyLedger.Movement(this.kind, BigDecimal.ZERO, BigDecimal.ZERO, this.newStatus,
					this.reason);
			default -> new PropertyLedger.Movement(this.kind, null, null, null, this.reason);
		};
	}

	public EntryKind getKind() {
		return this.kind;
	}

	public void setKind(EntryKind kind) {
		this.kind = kind;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public BigDecimal getQuantity() {
		return this.quantity;
	}

	public void setQuantity(BigDecimal quantity) {
		this.quantity = quantity;
	}

	public BigDecimal getNewValue() {
		return this.newValue;
	}

	public void setNewValue(BigDecimal newValue) {
		this.newValue = newValue;
	}

	public PropertyStatus getNewStatus() {
		return this.newStatus;
	}

	public void setNewStatus(PropertyStatus newStatus) {
		this.newStatus = newStatus;
	}

	public Long getToProperty() {
		return this.toProperty;
	}

	public void setToProperty(Long toProperty) {
		this.toProperty = toProperty;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
