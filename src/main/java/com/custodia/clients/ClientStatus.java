package com.custodia.clients;

import java.util.EnumSet;
import java.util.Set;

/**
 * The client lifecycle: lead, prospect, active, dormant, closed. A client moves forward one step at a time, a dormant
 * client can be reactivated, and any client not yet closed can be closed (archived; nothing is deleted). Closed is
 * final: the archive stays readable but no longer changes.
 */
public enum ClientStatus implements com.custodia.web.Labelled {

	LEAD, PROSPECT, ACTIVE, DORMANT, CLOSED;

	/** The statuses a new client may start in. */
	public static final Set<ClientStatus> INITIAL = EnumSet.of(LEAD, PROSPECT, ACTIVE);

	/** The statuses this one may move to, other than closing. */
	public Set<ClientStatus> next() {
		return switch (this) {
			case LEAD -> EnumSet.of(PROSPECT);
			case PROSPECT -> EnumSet.of(ACTIVE);
			case ACTIVE -> EnumSet.of(DORMANT);
			case DORMANT -> EnumSet.of(ACTIVE);
			case CLOSED -> EnumSet.noneOf(ClientStatus.class);
		};
	}

	public boolean canMoveTo(ClientStatus target) {
		return (target == CLOSED) ? this != CLOSED : next().contains(target);
	}

	@Override
	public String messageKey() {
		return "client.status." + name();
	}

}
