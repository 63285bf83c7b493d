package com.custodia.clients;

import java.util.Locale;
import java.util.Optional;

/**
 * The 18-character unified social credit code of organisations (GB 32100-2015): registration authority, kind,
 * area code, organisation code and a check character, all from a 31-character alphabet without I, O, S, V and Z.
 */
public final class UnifiedSocialCreditCode {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private UnifiedSocialCreditCode() {
	}

	/** Why a code is refused, as a message key; empty when it is valid. */
	public static Optional<String> problem(String code) {
		String value = normalize(code);
		if (value.length() != 18 || value.chars().anyMatch((c) -> ALPHABET.indexOf(c) < 0)) {
			return Optional.of("client.creditCode.format");
		}
		if (value.charAt(17) != checkCharacter(value)) {
			return Optional.of("client.creditCode.checkCharacter");
		}
		return Optional.empty();
	}

	public static boolean isValid(String code) {
		return problem(code).isEmpty();
	}

	/** The check character for the first 17 characters. */
	static char checkCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - (sum % 31);
		return ALPHABET.charAt((check == 31) ? 0 : check);
	}

	public static String normalize(String code) {
		return (code == null) ? "" : code.replace(" ", "").toUpperCase(Locale.ROOT);
	}

}
