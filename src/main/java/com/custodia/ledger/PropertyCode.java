package com.custodia.ledger;

import java.util.regex.Pattern;

/** The human-readable property code printed on labels: {@code P}, the year registered, and a six-digit number. */
public final class PropertyCode {

	private static final Pattern FORMAT = Pattern.compile("P[0-9]{4}-[0-9]{6,}");

	private PropertyCode() {
	}

	/** For example {@code P2026-000456}. */
	public static String of(int year, long number) {
		if (number <= 0) {
			throw new IllegalArgumentException("Property numbers start at 1: " + number);
		}
		return String.format("P%04d-%06d", year, number);
	}

	/** Whether the text is a property code as typed or scanned (spaces around it and lower case forgiven). */
	public static boolean isValid(String text) {
		return text != null && FORMAT.matcher(normalize(text)).matches();
	}

	/** The code as stored: trimmed and upper case. */
	public static String normalize(String text) {
		return (text == null) ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
	}

}
