package com.custodia.clients;

import java.util.Arrays;
import java.util.List;

/**
 * A client's tier: Bronze to Diamond for individuals, Small to Large for institutions, lowest first within each kind.
 * It lives with the client because every module reads it (the list filters on it, the archive header shows it, risk
 * asks Diamond clients for an interview); the tiering module alone decides it.
 */
public enum Tier implements com.custodia.web.Labelled {

	BRONZE(ClientKind.INDIVIDUAL), SILVER(ClientKind.INDIVIDUAL), GOLD(ClientKind.INDIVIDUAL),
	DIAMOND(ClientKind.INDIVIDUAL), SMALL(ClientKind.INSTITUTION), MEDIUM(ClientKind.INSTITUTION),
	LARGE(ClientKind.INSTITUTION);

	private final ClientKind kind;

	Tier(ClientKind kind) {
		this.kind = kind;
	}

	public ClientKind kind() {
		return this.kind;
	}

	/** The kind's tiers, lowest first. */
	public static List<Tier> of(ClientKind kind) {
		return Arrays.stream(values()).filter((tier) -> tier.kind == kind).toList();
	}

	/** The tier every client of the kind has at least. */
	public static Tier lowest(ClientKind kind) {
		return of(kind).get(0);
	}

	/** Whether this tier is above {@code other} of the same kind. */
	public boolean isAbove(Tier other) {
		return other == null || ordinal() > other.ordinal();
	}

	@Override
	public String messageKey() {
		return "tier." + name();
	}

}
