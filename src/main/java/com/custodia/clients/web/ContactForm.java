package com.custodia.clients.web;

import java.time.LocalDate;

import com.custodia.clients.servicelog.ContactKind;
import com.custodia.clients.servicelog.ServiceLog;

import org.springframework.format.annotation.DateTimeFormat;

/** A contact being logged: the rules are {@code ServiceLog.problems}. */
public class ContactForm {

	private ContactKind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contactedOn;

	private String summary;

	private String outcome;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextContactOn;

	ServiceLog.Entry toEntry() {
		return new ServiceLog.Entry(this.kind, this.contactedOn, this.summary, this.outcome, this.nextContactOn);
	}

	public ContactKind getKind() {
		return this.kind;
	}

	public void setKind(ContactKind kind) {
		this.kind = kind;
	}

	public LocalDate getContactedOn() {
		return this.contactedOn;
	}

	public void setContactedOn(LocalDate contactedOn) {
		this.contactedOn = contactedOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public LocalDate getNextContactOn() {
		return this.nextContactOn;
	}

	public void setNextContactOn(LocalDate nextContactOn) {
		this.nextContactOn = nextContactOn;
	}

}
