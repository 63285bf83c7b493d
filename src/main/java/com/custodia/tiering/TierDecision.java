package com.custodia.tiering;

import java.time.LocalDate;

import com.custodia.clients.Tier;

/**
 * How the tier a client holds follows the tier the rules give them. An approved override wins while it lasts; when it
 * ends the rules' tier applies at once. An upgrade applies at once. A downgrade waits: the client keeps the higher tier
 * until the rules have given less for the whole grace period, counted from the first day they did; if the assets come
 * back in between, the count starts again.
 */
public final class TierDecision {

	/** Why a tier changed; {@code null} in an {@link Outcome} when it did not. */
	public enum Cause {

		RULES, GRACE_ENDED, OVERRIDE, OVERRIDE_ENDED;

		public String messageKey() {
			return "tiering.cause." + name();
		}

	}

	/** The tier to hold, since when the rules have given less (or {@code null}), and why it changed if it did. */
	public record Outcome(Tier tier, LocalDate belowSince, Cause cause) {

		public boolean changed() {
			return this.cause != null;
		}

	}

	private TierDecision() {
	}

	/**
	 * @param held the tier the client holds now, {@code null} before their first
	 * @param belowSince the first day the rules gave less than {@code held}, or {@code null}
	 * @param computed the tier the rules give today
	 * @param override the tier of an approved override in force today, or {@code null}
	 * @param overrideEnded whether an override the client held has just run out
	 */
	public static Outcome decide(Tier held, LocalDate belowSince, Tier computed, Tier override, boolean overrideEnded,
			LocalDate today, int graceDays) {
		if (override != null) {
			return new Outcome(override, null, (override != held) ? Cause.OVERRIDE : null);
		}
		if (overrideEnded) {
			return new Outcome(computed, null, (computed != held) ? Cause.OVERRIDE_ENDED : null);
		}
		if (held == null || held.kind() != computed.kind() || computed.isAbove(held)) {
			return new Outcome(computed, null, (computed != held) ? Cause.RULES : null);
		}
		if (computed == held) {
			return new Outcome(held, null, null);
		}
		LocalDate since = (belowSince != null) ? belowSince : today;
		if (!today.isBefore(since.plusDays(graceDays))) {
			return new Outcome(computed, null, Cause.GRACE_ENDED);
		}
		return new Outcome(held, since, null);
	}

	/** The day a client whose rules gave less from {@code belowSince} is downgraded, unless the assets come back. */
	public static LocalDate downgradeOn(LocalDate belowSince, int graceDays) {
		return belowSince.plusDays(graceDays);
	}

}
