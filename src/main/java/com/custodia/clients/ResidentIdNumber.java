package com.custodia.clients;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The 18-character PRC resident identity card number of GB 11643-1999: a 6-digit area code, the birth date as
 * {@code yyyyMMdd}, a 3-digit sequence (odd for men, even for women) and a check character computed with the
 * ISO 7064 MOD 11-2 weights. The old 15-digit numbers have not been issued since 2004 and are refused.
 */
public final class ResidentIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private ResidentIdNumber() {
	}

	/** Why a number is refused, as a message key; empty when it is a valid number. */
	public static Optional<String> problem(String number) {
		String value = normalize(number);
		if (!value.matches("[0-9]{17}[0-9X]")) {
			return Optional.of("client.idNumber.format");
		}
		if (!value.matches("[1-8][1-9].*")) {
			// Area codes (GB/T 2260) begin with a region 1-8 and a province digit 1-9; "00" is a typing error.
			return Optional.of("client.idNumber.area");
		}
		if (birthDate(value).isEmpty()) {
			return Optional.of("client.idNumber.birthDate");
		}
		if (value.charAt(17) != checkCharacter(value)) {
			return Optional.of("client.idNumber.checkDigit");
		}
		return Optional.empty();
	}

	public static boolean isValid(String number) {
		return problem(number).isEmpty();
	}

	/** The birth date the number encodes, if its digits form a real date. */
	public static Optional<LocalDate> birthDate(String number) {
		String value = normalize(number);
		if (value.length() < 14) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(value.substring(6, 10)),
					Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14))));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** The gender the sequence digits encode: odd for men, even for women. Only for a valid number. */
	public static Gender gender(String number) {
		return ((normalize(number).charAt(16) - '0') % 2 == 1) ? Gender.MALE : Gender.FEMALE;
	}

	/** The check character for the first 17 digits. */
	static char checkCharacter(String number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	/** Upper-cases a trailing x and drops spaces people type between groups. */
	public static String normalize(String number) {
		return (number == null) ? "" : number.replace(" ", "").toUpperCase(Locale.ROOT);
	}

}
