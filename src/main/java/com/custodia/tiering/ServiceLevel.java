package com.custodia.tiering;

import java.time.LocalDate;

/**
 * When a client is next due for contact under their tier's rule: the last contact (any but a care event) plus the
 * tier's months, and, where the tier asks for it, the last face-to-face meeting or visit plus its months. A client
 * never contacted counts from the day they became a client; a client whose tier changed counts from that day at the
 * earliest. Due within {@link #SOON_DAYS} days is "due soon".
 */
public record ServiceLevel(LocalDate contactDue, LocalDate faceToFaceDue) {

	public static final int SOON_DAYS = 14;

	/** How a client stands against their service level today. */
	public enum Standing {

		OVERDUE, DUE_SOON, ON_TRACK;

		public String messageKey() {
			return "tiering.standing." + name();
		}

	}

	public static ServiceLevel of(TierRule rule, LocalDate clientSince, LocalDate lastContact, LocalDate lastFaceToFace) {
		return of(rule, clientSince, lastContact, lastFaceToFace, null);
	}

	/**
	 * @param tierSince the day the client's tier last changed, or {@code null}: a new tier's cadence runs from that day
	 * at the earliest, so a client moved up today is not overdue under a rule they did not have yesterday
	 */
	public static ServiceLevel of(TierRule rule, LocalDate clientSince, LocalDate lastContact, LocalDate lastFaceToFace,
			LocalDate tierSince) {
		LocalDate contact = later(((lastContact != null) ? lastContact : clientSince), tierSince)
			.plusMonths(rule.contactMonths());
		LocalDate face = (rule.faceToFaceMonths() == null) ? null
				: later(((lastFaceToFace != null) ? lastFaceToFace : clientSince), tierSince)
					.plusMonths(rule.faceToFaceMonths());
		return new ServiceLevel(contact, face);
	}

	private static LocalDate later(LocalDate day, LocalDate other) {
		return (other != null && other.isAfter(day)) ? other : day;
	}

	/** The earlier of the two due dates. */
	public LocalDate nextDue() {
		return (this.faceToFaceDue != null && this.faceToFaceDue.isBefore(this.contactDue)) ? this.faceToFaceDue
				: this.contactDue;
	}

	public Standing standing(LocalDate today) {
		LocalDate due = nextDue();
		if (due.isBefore(today)) {
			return Standing.OVERDUE;
		}
		return due.isAfter(today.plusDays(SOON_DAYS)) ? Standing.ON_TRACK : Standing.DUE_SOON;
	}

}
