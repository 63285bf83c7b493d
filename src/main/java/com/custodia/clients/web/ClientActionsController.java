package com.custodia.clients.web;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientStatus;
import com.custodia.clients.ClientView;
import com.custodia.security.CurrentUser;
import com.custodia.web.StaleRecordException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons on the archive's profile tab: lifecycle steps, closing, reassigning, and revealing the ID number. A
 * stale button (someone changed the client since the page was shown) changes nothing and says so.
 */
@Controller
@RequestMapping("/clients/{id}")
class ClientActionsController {

	private final ClientService clients;

	ClientActionsController(ClientService clients) {
		this.clients = clients;
	}

	@PostMapping("/status")
	@PreAuthorize("hasAuthority('CLIENT_WRITE')")
	String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam ClientStatus status, RedirectAttributes redirect) {
		return act(id, redirect, "client.status.changed", () -> this.clients.changeStatus(user, id, version, status));
	}

	@PostMapping("/close")
	@PreAuthorize("hasAuthority('CLIENT_CLOSE')")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "client.closed", () -> this.clients.close(user, id, version, reason));
	}

	@PostMapping("/reassign")
	@PreAuthorize("hasAuthority('CLIENT_REASSIGN')")
	String reassign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam long ownerId, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "client.reassigned", () -> this.clients.reassign(user, id, version, ownerId, reason));
	}

	/** Shows the full ID number once, on this response only; the reveal is audited. */
	@PostMapping("/reveal-id-number")
	@PreAuthorize("hasAuthority('CLIENT_SENSITIVE_READ')")
	String revealIdNumber(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String number = this.clients.revealIdNumber(user, id);
		ClientView client = this.clients.get(user, id);
		ArchiveTabs.populate(model, client, "profile");
		model.addAttribute("revealedIdNumber", number);
		model.addAttribute("transitions", client.status().next());
		return (htmx != null) ? "clients/profile :: idNumber" : "clients/profile";
	}

	private static String act(long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", success);
		}
		catch (StaleRecordException ex) {
			redirect.addFlashAttribute("flashError", "client.stale");
		}
		catch (ClientRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.problems().get(0).messageKey());
		}
		return "redirect:/clients/" + id;
	}

}
