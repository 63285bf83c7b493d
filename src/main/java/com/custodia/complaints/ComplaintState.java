package com.custodia.complaints;

import java.util.EnumSet;
import java.util.Set;

import com.custodia.web.Labelled;

/**
 * Where a complaint stands. The flow runs received, acknowledged, investigating, decided, replied, closed; a replied
 * or closed complaint can be reopened with new facts, and goes back to investigating. No step is skipped: nothing is
 * closed before a reply, and nothing is replied before a decision.
 */
public enum ComplaintState implements Labelled {

	RECEIVED, ACKNOWLEDGED, INVESTIGATING, DECIDED, REPLIED, CLOSED, REOPENED;

	/** The states this one may move to. */
	public Set<ComplaintState> next() {
		return switch (this) {
			case RECEIVED -> EnumSet.of(ACKNOWLEDGED);
			case ACKNOWLEDGED, REOPENED -> EnumSet.of(INVESTIGATING);
			case INVESTIGATING -> EnumSet.of(DECIDED);
			case DECIDED -> EnumSet.of(REPLIED);
			case REPLIED -> EnumSet.of(CLOSED, REOPENED);
			case CLOSED -> EnumSet.of(REOPENED);
		};
	}

	public boolean mayMoveTo(ComplaintState target) {
		return next().contains(target);
	}

	/** Still to be decided and answered: the deadline runs. */
	public boolean isOpen() {
		return this == RECEIVED || this == ACKNOWLEDGED || this == INVESTIGATING || this == REOPENED
				|| this == DECIDED;
	}

	@Override
	public String messageKey() {
		return "complaint.state." + name();
	}

}
