package com.custodia.web;

/** Enum values from request parameters typed into a URL: a value that does not parse is no filter, not an error. */
public final class Enums {

	private Enums() {
	}

	/** The constant of that name, or {@code null} for blank or unknown text. */
	public static <E extends Enum<E>> E valueOrNull(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
