package com.custodia.risk;

import java.util.List;

import com.custodia.web.FieldProblem;

/** The check every free-text field of the risk pages shares: present, and not longer than its column allows. */
final class RequiredText {

	private RequiredText() {
	}

	static void check(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "client.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "client.tooLong", max));
		}
	}

}
