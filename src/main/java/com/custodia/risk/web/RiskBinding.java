package com.custodia.risk.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.List;

import com.custodia.clients.FieldProblem;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Binding for the risk pages: amounts as the client pages read them, and rule findings next to their fields. */
@ControllerAdvice(basePackageClasses = RiskBinding.class)
class RiskBinding {

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

	/** Each problem next to its field ({@code "*"}: the whole form); arguments that are message keys translated. */
	static void reject(BindingResult result, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			Object[] arguments = java.util.Arrays.stream(problem.arguments())
				.map((argument) -> (argument instanceof String key && key.startsWith("risk."))
						? new DefaultMessageSourceResolvable(key) : argument)
				.toArray();
			if (problem.field().equals("*")) {
				result.reject(problem.messageKey(), arguments, null);
			}
			else if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey(), arguments, null);
			}
		}
	}

}
