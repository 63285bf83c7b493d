package com.custodia.ledger.web;

import java.math.BigDecimal;

import com.custodia.clients.ClientRuleException;
import com.custodia.ledger.Reconciliations;
import com.custodia.security.CurrentUser;
import com.custodia.web.Amounts;

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
 * difference. Problems come back as one message at the top of the session (every form here has a field or two).
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
			@RequestParam(required = false) String description, RedirectAttributes redirect) {
		try {
			this.reconciliations.count(user, id, code, result, amount(foundValue), amount(foundQuantity), description);
			redirect.addFlashAttribute("flashSuccess", "ledger.count.recorded");
		}
		catch (ClientRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.problems().get(0).messageKey());
		}
		return "redirect:/ledger/reconciliations/" + id;
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
			@RequestParam String how, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			if ("correct".equals(how)) {
				this.reconciliations.correct(user, itemId, note);
			}
			else {
				this.reconciliations.explain(user, itemId, note);
			}
			redirect.addFlashAttribute("flashSuccess", "ledger.count.resolved");
		}
		catch (ClientRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.problems().get(0).messageKey().equals("client.required")
					? "ledger.count.noteRequired" : ex.problems().get(0).messageKey());
		}
		return "redirect:/ledger/reconciliations/" + id;
	}

	/** A figure as typed, or {@code null} when blank or not a number (the service then says what it needs). */
	private static BigDecimal amount(String text) {
		try {
			return Amounts.parse(text).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
