package com.custodia.ledger;

import com.custodia.web.Labelled;

/**
 * The kinds of ledger entry. A transfer is two entries (out of one property, into another of the same client) written
 * together; a reversal points to the entry it undoes.
 */
public enum EntryKind implements Labelled {

	REGISTRATION, DEPOSIT, WITHDRAWAL, TRANSFER_OUT, TRANSFER_IN, REVALUATION, STATUS_CHANGE, RELEASE, REVERSAL;

	@Override
	public String messageKey() {
		return "ledger.entryKind." + name();
	}

}
