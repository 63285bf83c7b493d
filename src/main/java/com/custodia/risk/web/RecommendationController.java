package com.custodia.risk.web;

import java.util.Locale;

import com.custodia.web.FormBinding;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.web.FieldProblem;
import com.custodia.risk.ProductCatalogue;
import com.custodia.risk.Recommendations;
import com.custodia.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a product recommendation. "Check" shows the verdict for the chosen product; a mismatch opens the
 * exception part (the warning to show the client, the client's confirmation and statement, the RM's note).
 */
@Controller
@RequestMapping("/clients/{id}/recommendations/new")
@PreAuthorize("hasAuthority('RECOMMENDATION_RECORD')")
class RecommendationController {

	private final ClientService clients;

	private final ProductCatalogue products;

	private final Recommendations recommendations;

	RecommendationController(ClientService clients, ProductCatalogue products, Recommendations recommendations) {
		this.clients = clients;
		this.products = products;
		this.recommendations = recommendations;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", new RecommendationForm());
		return page(user, id, null, model);
	}

	@PostMapping
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") RecommendationForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		this.clients.requireInScope(user, id);
		Recommendations.Check check = null;
		if (form.getProductId() != null && !result.hasFieldErrors("productId")) {
			if (this.products.find(form.getProductId()).isPresent()) {
				check = this.recommendations.check(user, id, form.getProductId(), locale);
			}
			else {
				result.rejectValue("productId", "risk.recommendation.unknownProduct");
			}
		}
		if (!result.hasErrors()) {
			try {
				this.recommendations.record(user, id, form.toRequest(), locale);
				redirect.addFlashAttribute("flashSuccess", (check != null && !check.verdict().isSuitable())
						? "risk.recommendation.exceptionRecorded" : "risk.recommendation.recorded");
				return "redirect:/clients/" + id + "/risk";
			}
			catch (ClientRuleException ex) {
				FormBinding.reject(result, ex.problems());
				ex.problems().stream().map(FieldProblem::messageKey).filter(RecommendationController::isSuitabilityBlock)
					.findFirst().ifPresent((why) -> this.recommendations.recordBlocked(user, id, form.getProductId(), why));
			}
		}
		return page(user, id, check, model);
	}

	/** The refusals that come from the matching rule (not a mistyped amount, say): these are audited. */
	private static boolean isSuitabilityBlock(String messageKey) {
		return messageKey.equals("risk.recommendation.blocked") || messageKey.equals("risk.recommendation.assessFirst")
				|| messageKey.startsWith("risk.recommendation.notAllowed.");
	}

	private String page(CurrentUser user, long id, Recommendations.Check check, Model model) {
		ClientView client = this.clients.get(user, id);
		model.addAttribute("client", client);
		model.addAttribute("tab", "risk");
		model.addAttribute("products", this.products.list(false));
		model.addAttribute("check", check);
		return "risk/recommend";
	}

}
