package com.custodia.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form binding shared by every page: amounts may be typed as people write them ("1,200,000.00", "¥5,000"), and the
 * rules' findings go next to their fields in the reader's language.
 */
@ControllerAdvice
public class FormBinding {

	@InitBinder
	void amounts(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(Amounts.parse(text).orElse(null));
			}

			@Override
			public String getAsText() {
				return (getValue() instanceof BigDecimal amount) ? amount.toPlainString() : "";
			}
		});
	}

	/**
	 * Puts each problem next to its field ({@code "*"}: the whole form), unless the field already shows why its text
	 * could not be read.
	 */
	public static void reject(BindingResult result, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			Object[] arguments = arguments(problem);
			if (problem.field().equals("*")) {
				result.reject(problem.messageKey(), arguments, null);
			}
			else if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey(), arguments, null);
			}
		}
	}

	/**
	 * The problem's message arguments; text arguments that are message keys (a segment's name, say) are shown in the
	 * reader's language, other text as it is.
	 */
	public static Object[] arguments(FieldProblem problem) {
		return java.util.Arrays.stream(problem.arguments())
			.map((argument) -> (argument instanceof String text)
					? new DefaultMessageSourceResolvable(new String[] { text }, text) : argument)
			.toArray();
	}

}
