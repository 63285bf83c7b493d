package com.custodia.ledger.web;

import java.math.BigDecimal;

import com.custodia.ledger.Currency;
import com.custodia.ledger.PropertyLedger;
import com.custodia.ledger.PropertyType;

/** The registration form: what the property is, where it is kept, and what it is worth. */
public class RegistrationForm {

	private PropertyType type;

	private String description;

	private String custodian;

	private String location;

	private Currency currency = Currency.CNY;

	private BigDecimal value;

	private BigDecimal quantity;

	private String unit;

	PropertyLedger.Registration toRegistration() {
		return new PropertyLedger.Registration(this.type, this.description, this.custodian, this.location, this.currency,
				this.value, this.quantity, this.unit);
	}

	public PropertyType getType() {
		return this.type;
	}

	public void setType(PropertyType type) {
		this.type = type;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCustodian() {
		return this.custodian;
	}

	public void setCustodian(String custodian) {
		this.custodian = custodian;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public Currency getCurrency() {
		return this.currency;
	}

	public void setCurrency(Currency currency) {
		this.currency = currency;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public BigDecimal getQuantity() {
		return this.quantity;
	}

	public void setQuantity(BigDecimal quantity) {
		this.quantity = quantity;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

}
