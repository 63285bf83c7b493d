package com.custodia.access;

import java.util.ArrayList;
import java.util.List;

/**
 * The firm's password rule: at least 10 characters, with letters and digits, at most 128, and not containing the username.
 * Answers the message keys of what is wrong, so a form can say all of it at once.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	public static List<String> violations(String password, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add("password.policy.tooShort");
		}
		if (password != null && password.length() > MAX_LENGTH) {
			problems.add("password.policy.tooLong");
		}
		if (password == null || password.chars().noneMatch(Character::isLetter)) {
			problems.add("password.policy.needsLetter");
		}
		if (password == null || password.chars().noneMatch(Character::isDigit)) {
			problems.add("password.policy.needsDigit");
		}
		if (password != null && username != null && !username.isBlank()
				&& password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
			problems.add("password.policy.sameAsUsername");
		}
		return problems;
	}

	public static boolean isAcceptable(String password, String username) {
		return violations(password, username).isEmpty();
	}

}
