package com.custodia.ledger.web;

import java.util.Map;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.ledger.LedgerAlerts;
import com.custodia.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/** The risk officer's alerts on unusual ledger activity, open or acknowledged. */
@Controller
@RequestMapping("/ledger/alerts")
@PreAuthorize("hasAuthority('ALERT_HANDLE')")
class AlertsController {

	private final LedgerAlerts alerts;

	private final ClientService clients;

	AlertsController(LedgerAlerts alerts, ClientService clients) {
		this.alerts = alerts;
		this.clients = clients;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean acknowledged,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<LedgerAlerts.Alert> alerts = this.alerts.list(user, !acknowledged,
				PageRequest.of(Math.max(0, Math.min(page, 50_000)), 50));
		Map<Long, ClientView> clients = this.clients.views(user, alerts.stream().map(LedgerAlerts.Alert::clientId).toList());
		model.addAttribute("page", alerts);
		model.addAttribute("clients", clients);
		model.addAttribute("acknowledged", acknowledged);
		return "ledger/alerts";
	}

	@PostMapping("/{id}")
	String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			this.alerts.acknowledge(user, id, note);
			redirect.addFlashAttribute("flashSuccess", "ledger.alert.acknowledged");
		}
		catch (ClientRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.problems().get(0).field().equals("note")
					? "ledger.alert.noteRequired" : ex.problems().get(0).messageKey());
		}
		return "redirect:/ledger/alerts";
	}

}
