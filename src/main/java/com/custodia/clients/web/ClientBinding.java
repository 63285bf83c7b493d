package com.custodia.clients.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.List;

import com.custodia.clients.FieldProblem;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Binding for the client pages: amounts may be typed with thousands separators or a yuan sign ("1,200,000.00",
 * "¥5,000"), and the rules' findings go next to their fields.
 */
@ControllerAdvice(basePackageClasses = ClientBinding.class)
class ClientBinding {

	@InitBinder
	void amounts(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(com.custodia.clients.Amounts.parse(text).orElse(null));
			}

			@Override
			public String getAsText() {
				return (getValue() instanceof BigDecimal amount) ? amount.toPlainString() : "";
			}
		});
	}

	/**
	 * Puts each problem next to its field, unless the field already shows why its text could not be read. Arguments
	 * that are message keys (a segment's name, say) are shown in the reader's language too.
	 */
	static void reject(BindingResult result, List<FieldProblem> problems) {
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

	/** The problem's message arguments, those that are message keys made resolvable in the reader's language. */
	static Object[] arguments(FieldProblem problem) {
		return java.util.Arrays.stream(problem.arguments())
			.map((argument) -> (argument instanceof String key && key.startsWith("client."))
					? new DefaultMessageSourceResolvable(key) : argument)
			.toArray();
	}

}
