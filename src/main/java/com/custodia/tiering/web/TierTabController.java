package com.custodia.tiering.web;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.clients.Tier;
import com.custodia.security.CurrentUser;
import com.custodia.tiering.ServiceDue;
import com.custodia.tiering.TierDecision;
import com.custodia.tiering.TierOverrides;
import com.custodia.tiering.TierRuleSet;
import com.custodia.tiering.TierRules;
import com.custodia.tiering.Tiering;
import com.custodia.web.FormBinding;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client archive's tier tab: the tier and why, the assets it was worked out from, a downgrade waiting out its
 * grace period, the service level and when contact is due, every change, and overrides (proposed, decided, in force).
 */
@Controller
@RequestMapping("/clients/{id:[0-9]+}/tier")
@PreAuthorize("hasAuthority('TIER_READ')")
class TierTabController {

	private final ClientService clients;

	private final Tiering tiering;

	private final TierRules rules;

	private final TierOverrides overrides;

	private final ServiceDue serviceDue;

	TierTabController(ClientService clients, Tiering tiering, TierRules rules, TierOverrides overrides,
			ServiceDue serviceDue) {
		this.clients = clients;
		this.tiering = tiering;
		this.rules = rules;
		this.overrides = overrides;
		this.serviceDue = serviceDue;
	}

	@GetMapping
	String tab(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", new OverrideForm());
		return page(user, id, model);
	}

	/** The forms post here; reloading afterwards shows the tab again. */
	@GetMapping("/overrides/**")
	String overridesPage(@PathVariable long id) {
		return "redirect:/clients/" + id + "/tier";
	}

	@PostMapping("/overrides")
	@PreAuthorize("hasAuthority('TIER_OVERRIDE_PROPOSE')")
	String propose(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") OverrideForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.overrides.propose(user, id, form.getTier(), form.getReason(), form.getEndsOn());
				redirect.addFlashAttribute("flashSuccess", "tiering.override.proposed");
				return "redirect:/clients/" + id + "/tier";
			}
			catch (ClientRuleException ex) {
				FormBinding.reject(result, ex.problems());
			}
		}
		return page(user, id, model);
	}

	@PostMapping("/overrides/{overrideId}")
	@PreAuthorize("hasAuthority('TIER_OVERRIDE_APPROVE')")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long overrideId,
			@RequestParam String decision, @RequestParam(required = false) String comment, Model model,
			RedirectAttributes redirect) {
		boolean approve = "approve".equals(decision);
		try {
			this.overrides.decide(user, overrideId, approve, comment);
			redirect.addFlashAttribute("flashSuccess", approve ? "tiering.override.approved" : "tiering.override.rejected");
			return "redirect:/clients/" + id + "/tier";
		}
		catch (ClientRuleException ex) {
			model.addAttribute("decisionProblem", ex.problems().get(0).messageKey());
			model.addAttribute("decisionComment", comment);
			model.addAttribute("form", new OverrideForm());
			return page(user, id, model);
		}
	}

	private String page(CurrentUser user, long id, Model model) {
		ClientView client = this.clients.get(user, id);
		TierRuleSet ruleSet = this.rules.current();
		model.addAttribute("client", client);
		model.addAttribute("tab", "tier");
		model.addAttribute("rules", ruleSet);
		model.addAttribute("rule", (client.tier() != null) ? ruleSet.rule(client.tier()) : null);
		this.tiering.standing(user, id).ifPresent((standing) -> {
			model.addAttribute("standing", standing);
			// How far the client is from the next tier up, as the rules stand.
			java.util.List<Tier> tiers = Tier.of(client.kind());
			int above = tiers.indexOf(standing.computed()) + 1;
			if (above < tiers.size()) {
				model.addAttribute("nextRule", ruleSet.rule(tiers.get(above)));
				model.addAttribute("toGo", ruleSet.rule(tiers.get(above)).minAssets().subtract(standing.assets()).max(
						java.math.BigDecimal.ZERO));
			}
			if (standing.belowSince() != null) {
				model.addAttribute("downgradeOn", TierDecision.downgradeOn(standing.belowSince(), ruleSet.graceDays()));
			}
		});
		model.addAttribute("history", this.tiering.history(user, id));
		model.addAttribute("overrides", this.overrides.current(user, id));
		model.addAttribute("earlierOverrides", this.overrides.earlier(user, id));
		model.addAttribute("due", this.serviceDue.of(user, id).orElse(null));
		model.addAttribute("tiers", Tier.of(client.kind()));
		return "tiering/tab";
	}

}
