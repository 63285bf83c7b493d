package com.custodia.clients;

import com.custodia.web.FieldProblem;
import java.util.List;

/** A change the rules refuse; each problem names the field it belongs to (or {@code "*"} for the whole form). */
public class ClientRuleException extends RuntimeException {

	private final List<FieldProblem> problems;

	public ClientRuleException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public ClientRuleException(String field, String messageKey, Object... arguments) {
		this(List.of(new FieldProblem(field, messageKey, arguments)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
