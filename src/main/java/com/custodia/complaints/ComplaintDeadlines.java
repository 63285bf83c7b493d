package com.custodia.complaints;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The deadlines of the rule for financial consumer complaints. A decision and reply are due 15 days after receipt; a
 * complex case may be extended to 30 days and an especially complex one by a further 30 (60 at most). Acknowledgement
 * is due within a set number of business days. Days are calendar days unless the firm counts business days (Monday
 * to Friday; public holidays are not known to Custodia, see docs/complaints.md). Days paused for an external appraisal
 * do not count. Reopening with new facts starts the count again from the day of reopening.
 */
public final class ComplaintDeadlines {

	/** Days to decide and reply, at each extension level (none, first, second). */
	static final int[] DAYS = { 15, 30, 60 };

	/** The highest extension level. */
	public static final int MAX_EXTENSIONS = 2;

	private ComplaintDeadlines() {
	}

	/**
	 * The day the decision and reply are due.
	 *
	 * @param startedOn the day of receipt, or of the latest reopening
	 * @param extensions how many extensions were approved (0, 1 or 2)
	 * @param pausedDays days paused for external appraisal (counted as the firm counts days)
	 * @param businessDays whether the firm counts business days
	 */
	public static LocalDate decisionDue(LocalDate startedOn, int extensions, int pausedDays, boolean businessDays) {
		int days = DAYS[Math.max(0, Math.min(extensions, MAX_EXTENSIONS))] + Math.max(0, pausedDays);
		return businessDays ? plusBusinessDays(startedOn, days) : startedOn.plusDays(days);
	}

	/** The day the acknowledgement is due: always business days. */
	public static LocalDate acknowledgementDue(LocalDate receivedOn, int businessDays) {
		return plusBusinessDays(receivedOn, businessDays);
	}

	/** How many days a pause from {@code from} to {@code to} (exclusive) counts, as the firm counts days. */
	public static int pausedDays(LocalDate from, LocalDate to, boolean businessDays) {
		if (!to.isAfter(from)) {
			return 0;
		}
		if (!businessDays) {
			return (int) (to.toEpochDay() - from.toEpochDay());
		}
		int count = 0;
		for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
			if (isBusinessDay(day)) {
				count++;
			}
		}
		return count;
	}

	static LocalDate plusBusinessDays(LocalDate start, int days) {
		LocalDate day = start;
		int added = 0;
		while (added < days) {
			day = day.plusDays(1);
			if (isBusinessDay(day)) {
				added++;
			}
		}
		return day;
	}

	private static boolean isBusinessDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
