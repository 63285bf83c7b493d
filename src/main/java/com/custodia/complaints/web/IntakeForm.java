package com.custodia.complaints.web;

import com.custodia.complaints.ComplaintEnums;

/** The intake form: a client by code (or, for someone not yet a client, a name and contact), and the complaint. */
public class IntakeForm {

	private String clientCode;

	private String complainantName;

	private String complainantContact;

	private ComplaintEnums.Channel channel;

	private ComplaintEnums.Category category;

	private ComplaintEnums.Severity severity = ComplaintEnums.Severity.MEDIUM;

	private String description;

	private String product;

	@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
	private java.time.LocalDate receivedOn;

	public java.time.LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public void setReceivedOn(java.time.LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public String getClientCode() {
		return this.clientCode;
	}

	public void setClientCode(String clientCode) {
		this.clientCode = clientCode;
	}

	public String getComplainantName() {
		return this.complainantName;
	}

	public void setComplainantName(String complainantName) {
		this.complainantName = complainantName;
	}

	public String getComplainantContact() {
		return this.complainantContact;
	}

	public void setComplainantContact(String complainantContact) {
		this.complainantContact = complainantContact;
	}

	public ComplaintEnums.Channel getChannel() {
		return this.channel;
	}

	public void setChannel(ComplaintEnums.Channel channel) {
		this.channel = channel;
	}

	public ComplaintEnums.Category getCategory() {
		return this.category;
	}

	public void setCategory(ComplaintEnums.Category category) {
		this.category = category;
	}

	public ComplaintEnums.Severity getSeverity() {
		return this.severity;
	}

	public void setSeverity(ComplaintEnums.Severity severity) {
		this.severity = severity;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getProduct() {
		return this.product;
	}

	public void setProduct(String product) {
		this.product = product;
	}

}
