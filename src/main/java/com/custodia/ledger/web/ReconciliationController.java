package com.custodia.ledger.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.custodia.clients.ClientRuleException;
import com.custodia.ledger.Reconciliations;
import com.custodia.security.CurrentUser;
import com.custodia.web.Amounts;
import com.custodia.web.FieldProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Count sessions: the list and opening one, counting by scanned or typed property code, closing, and resolving each
 * difference. A refused count or resolution comes back with what was typed and the problem at its field or row.
 */
@Controller
@RequestMapping("/ledger/reconciliations")
@PreAuthorize("hasAuthority('RECONCILIATION_RUN')")
class ReconciliationController {

	private final Reconciliations reconciliations;

	ReconciliationController(Reconciliations reconciliations) {
		this.reconciliations = reconciliations;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("sessions", this.reconciliations.list(user));
		return "ledger/reconciliations";
	}

	@PostMapping
	String open(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String custodian,
			@RequestParam(required = false) String location, RedirectAttributes redirect) {
		try {
			return "redirect:/ledger/reconciliations/" + this.reconciliations.open(user, custodian, location);
		}
		catch (ClientRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.problems().get(0).messageKey().equals("client.required")
					? "ledger.count.placeRequired" : ex.problems().get(0).messageKey());
			return "redirect:/ledger/reconciliations";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("countSession", this.reconciliations.get(user, id));
		model.addAttribute("items", this.reconciliations.items(user, id));
		model.addAttribute("results", new Reconciliations.Result[] { Reconciliations.Result.MATCHING,
				Reconciliations.Result.DIFFERENT, Reconciliations.Result.MISSING });
		return "ledger/reconciliation";
	}

	@PostMapping("/{id}/count")
	String count(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String code, @RequestParam(required = false) Reconciliations.Result result,
			@RequestParam(required = false) String foundValue, @RequestParam(required = false) String foundQuantity,
			@RequestParam(required = false) String description, Model model, RedirectAttributes redirect) {
		Map<String, Object> typed = new HashMap<>();
		typed.put("code", code);
		typed.put("result", result);
		typed.put("foundValue", foundValue);
		typed.put("foundQuantity", foundQuantity);
		typed.put("description", description);
		try {
			BigDecimal value = readable("foundValue", foundValue);
			BigDecimal quantity = readable("foundQuantity", foundQuantity);
			this.reconciliations.count(user, id, code, result, value, quantity, description);
			redirect.addFlashAttribute("flashSuccess", "ledger.count.recorded");
			return "redirect:/ledger/reconciliations/" + id;
		}
		catch (ClientRuleException ex) {
			// The form comes back as typed, the problem at its field (or above the form).
			FieldProblem problem = ex.problems().get(0);
			model.addAttribute("countInput", typed);
			model.addAttribute("countProblemField", problem.field());
			model.addAttribute("countProblem", problem.messageKey());
			return show(user, id, model);
		}
	}

	/** The count and resolve forms post here; reloading afterwards shows the session again. */
	@GetMapping({ "/{id}/count", "/{id}/items/{itemId}" })
	String formPage(@PathVariable long id) {
		return "redirect:/ledger/reconciliations/" + id;
	}

	/** A figure as typed: blank is none, anything else must be a number. */
	private static BigDecimal readable(String field, String text) {
		try {
			return Amounts.parse(text).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			throw new ClientRuleException(field, "ledger.count.numberUnreadable");
		}
	}

	@PostMapping("/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.reconciliations.close(user, id, version);
			redirect.addFlashAttribute("flashSuccess", "ledger.count.closed");
		}
		catch (ClientRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.problems().get(0).messageKey());
		}
		return "redirect:/ledger/reconciliations/" + id;
	}

	@PostMapping("/{id}/items/{itemId}")
	String resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long itemId,
			@RequestParam String how, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		try {
			if ("correct".equals(how)) {
				this.reconciliations.correct(user, itemId, note);
			}
			else {
				this.reconciliations.explain(user, itemId, note);
			}
			redirect.addFlashAttribute("flashSuccess", "ledger.count.resolved");
			return "redirect:/ledger/reconciliations/" + id;
		}
		catch (ClientRuleException ex) {
			// At the item's own form, with the note as typed.
			String key = ex.problems().get(0).messageKey();
			model.addAttribute("resolveFailed", itemId);
			model.addAttribute("resolveProblem", key.equals("client.required") ? "ledger.count.noteRequired" : key);
			model.addAttribute("resolveNote", note);
			return show(user, id, model);
		}
	}

}
