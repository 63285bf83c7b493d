package com.custodia.web;

import java.util.Arrays;

/** Why a field's value is refused: the field, a message key and its arguments. */
public record FieldProblem(String field, String messageKey, Object... arguments) {

	@Override
	public boolean equals(Object other) {
		return other instanceof FieldProblem problem && problem.field.equals(this.field)
				&& problem.messageKey.equals(this.messageKey) && Arrays.equals(problem.arguments, this.arguments);
	}

	@Override
	public int hashCode() {
		return this.field.hashCode() * 31 + this.messageKey.hashCode();
	}

	@Override
	public String toString() {
		return this.field + "=" + this.messageKey + (this.arguments.length == 0 ? "" : Arrays.toString(this.arguments));
	}

}
