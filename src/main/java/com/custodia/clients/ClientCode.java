package com.custodia.clients;

/**
 * The human-readable client code: {@code C<year>-<number>}, the number with at least six digits, for example
 * {@code C2026-000123}. The year is the year of onboarding; the number comes from one sequence and never repeats.
 */
public final class ClientCode {

	private ClientCode() {
	}

	public static String of(int year, long sequence) {
		if (year < 1000 || year > 9999 || sequence < 1 || sequence > 9_999_999_999L) {
			throw new IllegalArgumentException("No client code for year " + year + " and number " + sequence);
		}
		return String.format("C%d-%06d", year, sequence);
	}

	public static boolean isWellFormed(String code) {
		return code != null && code.matches("C[0-9]{4}-[0-9]{6,10}");
	}

}
