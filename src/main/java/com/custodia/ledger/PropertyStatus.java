package com.custodia.ledger;

import com.custodia.web.Labelled;

/** Where a piece of property stands. Released and lost property takes no movement but a reversal. */
public enum PropertyStatus implements Labelled {

	IN_CUSTODY, PLEDGED, ON_LOAN, RELEASED, LOST_OR_DAMAGED;

	/** Whether movements other than a reversal may still be recorded. */
	public boolean takesMovements() {
		return this != RELEASED && this != LOST_OR_DAMAGED;
	}

	@Override
	public String messageKey() {
		return "ledger.propertyStatus." + name();
	}

}
