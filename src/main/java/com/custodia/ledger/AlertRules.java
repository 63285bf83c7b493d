package com.custodia.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * When a movement is unusual enough for the risk officer to look at: one movement above a second, higher threshold;
 * more withdrawals from one client in a day than the setting allows; or a withdrawal that takes most of the client's
 * assets. All amounts in the base currency.
 */
public final class AlertRules {

	/**
	 * @param largeMovement a single movement above this raises an alert
	 * @param withdrawalsPerDay more withdrawals than this by one client on one day raise an alert
	 * @param shareOfAssets a withdrawal above this share (0 to 1) of the client's assets before it raises an alert
	 */
	public record Settings(BigDecimal largeMovement, int withdrawalsPerDay, BigDecimal shareOfAssets) {

		public static final Settings DEFAULT = new Settings(new BigDecimal("5000000.00"), 3, new BigDecimal("0.80"));

	}

	public enum Reason implements com.custodia.web.Labelled {

		LARGE_MOVEMENT, FREQUENT_WITHDRAWALS, MOST_OF_ASSETS;

		@Override
		public String messageKey() {
			return "ledger.alert.reason." + name();
		}

	}

	private AlertRules() {
	}

	/**
	 * @param baseAmount the movement's size in the base currency
	 * @param withdrawalsToday the client's withdrawals that day, this one included
	 * @param clientAssetsBefore the client's total in the base currency before this movement
	 */
	public static List<Reason> reasons(Settings settings, EntryKind kind, BigDecimal baseAmount, int withdrawalsToday,
			BigDecimal clientAssetsBefore) {
		List<Reason> reasons = new ArrayList<>();
		BigDecimal size = baseAmount.abs();
		if (size.compareTo(settings.largeMovement()) > 0) {
			reasons.add(Reason.LARGE_MOVEMENT);
		}
		boolean withdrawal = kind == EntryKind.WITHDRAWAL || kind == EntryKind.RELEASE;
		if (withdrawal && withdrawalsToday > settings.withdrawalsPerDay()) {
			reasons.add(Reason.FREQUENT_WITHDRAWALS);
		}
		if (withdrawal && clientAssetsBefore.signum() > 0
				&& size.compareTo(clientAssetsBefore.multiply(settings.shareOfAssets())) > 0) {
			reasons.add(Reason.MOST_OF_ASSETS);
		}
		return reasons;
	}

}
