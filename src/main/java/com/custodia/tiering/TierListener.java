package com.custodia.tiering;

import com.custodia.ledger.ClientPropertyChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Recomputes a client's tier when their property changed (a registration or a posted movement; a pending movement
 * changes nothing and publishes nothing), just before the change commits and in the same transaction: the movement
 * and the tier it leads to are committed together or not at all, and no second connection is needed while the
 * first is held.
 */
@Component
class TierListener {

	private final Tiering tiering;

	TierListener(Tiering tiering) {
		this.tiering = tiering;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void propertyChanged(ClientPropertyChanged event) {
		this.tiering.recompute(event.clientId());
	}

}
