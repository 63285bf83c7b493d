package com.custodia.access;

import java.security.SecureRandom;

/** Generates the one-time passwords an admin hands to a new user or after a reset; they must be changed at login. */
final class TemporaryPasswords {

	// No look-alikes (0/O, 1/l/I), so a password read out over the phone is typed right.
	private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String DIGITS = "23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			String alphabet = (i % 4 == 3) ? DIGITS : LETTERS;
			password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
