package com.custodia.tiering.web;

import java.util.ArrayList;
import java.util.List;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.Tier;
import com.custodia.security.CurrentUser;
import com.custodia.tiering.TierRecomputation;
import com.custodia.tiering.TierRule;
import com.custodia.tiering.TierRules;
import com.custodia.web.FormBinding;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's tier rules: every tier's threshold, conditions and service level, and the grace period, saved together
 * as a new version with a reason; the versions so far; and a recomputation of every client on demand.
 */
@Controller
@RequestMapping("/admin/tier-rules")
@PreAuthorize("hasAuthority('TIER_RULE_ADMIN')")
class TierRulesController {

	private final TierRules rules;

	private final TierRecomputation recomputation;

	TierRulesController(TierRules rules, TierRecomputation recomputation) {
		this.rules = rules;
		this.recomputation = recomputation;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("form", TierRulesForm.of(this.rules.current()));
		return page(model, false);
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") TierRulesForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				List<TierRule> rules = new ArrayList<>();
				for (Tier tier : Tier.values()) {
					rules.add(form.getRules().get(tier).toRule(tier));
				}
				this.rules.save(user, rules, form.getGraceDays(), form.getReason());
				redirect.addFlashAttribute("flashSuccess", "tiering.rules.saved");
				return "redirect:/admin/tier-rules";
			}
			catch (ClientRuleException ex) {
				FormBinding.reject(result, ex.problems());
			}
		}
		// "See the fields marked below" only when some are: a problem of the whole form says what to do itself.
		return page(model, result.hasFieldErrors());
	}

	/** Recomputes every client's tier now under the rules in force (the night does the same). */
	@PostMapping("/recompute")
	String recompute(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.recomputation.now(user.username()).ifPresentOrElse(
				(run) -> {
					redirect.addFlashAttribute("flashSuccess", "tiering.run.done");
					redirect.addFlashAttribute("lastRun", run);
				},
				() -> redirect.addFlashAttribute("flashError", "tiering.run.busy"));
		return "redirect:/admin/tier-rules";
	}

	/** The recompute button posts here; reloading afterwards shows the rules. */
	@GetMapping("/recompute")
	String recomputePage() {
		return "redirect:/admin/tier-rules";
	}

	private String page(Model model, boolean fieldsMarked) {
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("versions", this.rules.versions());
		model.addAttribute("runs", this.recomputation.latest(5));
		model.addAttribute("fieldsMarked", fieldsMarked);
		return "tiering/rules";
	}

}
