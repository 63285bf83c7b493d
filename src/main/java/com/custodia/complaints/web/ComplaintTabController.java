package com.custodia.complaints.web;

import com.custodia.clients.ClientService;
import com.custodia.complaints.ComplaintQueries;
import com.custodia.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The client archive's complaints tab: every complaint of the client, newest first. */
@Controller
@PreAuthorize("hasAuthority('COMPLAINT_READ')")
class ComplaintTabController {

	private final ClientService clients;

	private final ComplaintQueries queries;

	ComplaintTabController(ClientService clients, ComplaintQueries queries) {
		this.clients = clients;
		this.queries = queries;
	}

	@GetMapping("/clients/{id:[0-9]+}/complaints")
	String tab(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page, Model model) {
		com.custodia.clients.ClientView client = this.clients.get(user, id);
		model.addAttribute("client", client);
		model.addAttribute("clientNames", java.util.Map.of(client.id(), client));
		model.addAttribute("tab", "complaints");
		model.addAttribute("page", this.queries.search(user, new ComplaintQueries.Filter(null, null, null, null, false, id,
				null, null), PageRequest.of(Math.max(0, Math.min(page, 10_000)), 50)));
		model.addAttribute("today", this.clients.today());
		return "complaints/tab";
	}

}
