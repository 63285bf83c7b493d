package com.custodia.web;

import java.util.List;

/** The check every required free-text field shares: present, and not longer than its column allows. */
public final class RequiredText {

	private RequiredText() {
	}

	public static void check(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "client.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "client.tooLong", max));
		}
	}

}
