package com.custodia.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The period a report or list covers, read from the address bar as people leave it: unreadable days are no filter
 * (never an error page), a missing end is today, a missing start goes back a default number of months, and two days
 * typed the wrong way round cover the days between them.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	public static ReportPeriod of(String from, String to, LocalDate today, int monthsBack) {
		LocalDate end = dayOrNull(to);
		end = (end != null) ? end : today;
		LocalDate start = dayOrNull(from);
		start = (start != null) ? start : end.minusMonths(monthsBack).plusDays(1);
		return start.isAfter(end) ? new ReportPeriod(end, start) : new ReportPeriod(start, end);
	}

	/** A day as typed (ISO), or {@code null} when blank or unreadable. */
	public static LocalDate dayOrNull(String text) {
		try {
			return (text == null || text.isBlank()) ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
