package com.custodia.clients.servicelog;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a client's service log. Entries are never edited or deleted: a correction is a new entry. */
@Entity
@Table(name = "clients_contact")
public class ClientContact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long clientId;

	@Enumerated(EnumType.STRING)
	private ContactKind kind;

	private LocalDate contactedOn;

	private String summary;

	private String outcome;

	private LocalDate nextContactOn;

	private String recordedBy;

	private Instant recordedAt;

	protected ClientContact() {
	}

	ClientContact(long clientId, ContactKind kind, LocalDate contactedOn, String summary, String outcome,
			LocalDate nextContactOn, String recordedBy, Instant recordedAt) {
		this.clientId = clientId;
		this.kind = kind;
		this.contactedOn = contactedOn;
		this.summary = summary;
		this.outcome = outcome;
		this.nextContactOn = nextContactOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getClientId() {
		return this.clientId;
	}

	public ContactKind getKind() {
		return this.kind;
	}

	public LocalDate getContactedOn() {
		return this.contactedOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public LocalDate getNextContactOn() {
		return this.nextContactOn;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
