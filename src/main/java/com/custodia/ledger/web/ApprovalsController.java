package com.custodia.ledger.web;

import java.util.Map;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.ledger.PendingMovement;
import com.custodia.ledger.PropertyLedger;
import com.custodia.ledger.PropertyQueries;
import com.custodia.security.CurrentUser;
import com.custodia.web.FieldProblem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The checker's queue: movements waiting for a second person, oldest first, each approved or rejected. */
@Controller
@RequestMapping("/ledger/approvals")
@PreAuthorize("hasAuthority('MOVEMENT_APPROVE')")
class ApprovalsController {

	static final int PAGE_SIZE = 50;

	private final PropertyQueries queries;

	private final PropertyLedger ledger;

	private final ClientService clients;

	ApprovalsController(PropertyQueries queries, PropertyLedger ledger, ClientService clients) {
		this.queries = queries;
		this.ledger = ledger;
		this.clients = clients;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<PendingMovement> pending = this.queries.pending(user, PageRequest.of(Math.max(0, Math.min(page, 50_000)),
				PAGE_SIZE));
		Map<Long, ClientView> clients = this.clients.views(user,
				pending.stream().map(PendingMovement::clientId).toList());
		model.addAttribute("page", pending);
		model.addAttribute("clients", clients);
		return "ledger/approvals";
	}

	@PostMapping("/{entryId}")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long entryId, @RequestParam String decision,
			@RequestParam(required = false) String comment, @RequestParam(defaultValue = "0") int page, Model model,
			RedirectAttributes redirect) {
		if (!"approve".equals(decision) && !"reject".equals(decision)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "decision must be approve or reject");
		}
		try {
			this.ledger.decide(user, entryId, "approve".equals(decision), comment);
			redirect.addFlashAttribute("flashSuccess",
					"approve".equals(decision) ? "ledger.approvals.approved" : "ledger.approvals.rejected");
			return "redirect:/ledger/approvals";
		}
		catch (ClientRuleException ex) {
			// The problem shows at the movement's row with the comment as typed; if the movement has left the
			// queue (someone decided it first), at the top.
			String view = queue(user, page, model);
			FieldProblem problem = ex.problems().get(0);
			@SuppressWarnings("unchecked")
			Page<PendingMovement> shown = (Page<PendingMovement>) model.getAttribute("page");
			if (shown.stream().anyMatch((m) -> m.entryId() == entryId)) {
				model.addAttribute("decisionFailed", entryId);
				model.addAttribute("decisionProblem", problem.messageKey());
				model.addAttribute("decisionArgument", (problem.arguments().length > 0) ? problem.arguments()[0] : null);
				model.addAttribute("decisionComment", comment);
			}
			else {
				model.addAttribute("flashError", problem.messageKey());
			}
			return view;
		}
	}

	/** The decision form posts here; reloading afterwards shows the queue again. */
	@GetMapping("/{entryId}")
	String decisionPage() {
		return "redirect:/ledger/approvals";
	}

}
