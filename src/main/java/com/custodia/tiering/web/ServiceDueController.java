package com.custodia.tiering.web;

import java.util.List;
import java.util.Map;

import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.security.CurrentUser;
import com.custodia.tiering.ServiceDue;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The clients in the user's scope that are overdue or soon due for contact under their tier's service level. */
@Controller
class ServiceDueController {

	/** The most the page lists; the count above it says how many there are. */
	static final int LIMIT = 500;

	private final ServiceDue serviceDue;

	private final ClientService clients;

	ServiceDueController(ServiceDue serviceDue, ClientService clients) {
		this.serviceDue = serviceDue;
		this.clients = clients;
	}

	@GetMapping("/tiering/service-due")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<ServiceDue.Due> due = this.serviceDue.dueOrOverdue(user);
		List<ServiceDue.Due> shown = due.subList(0, Math.min(due.size(), LIMIT));
		Map<Long, ClientView> views = this.clients.views(user, shown.stream().map(ServiceDue.Due::clientId).toList());
		model.addAttribute("due", shown);
		model.addAttribute("total", due.size());
		model.addAttribute("overdue", due.stream().filter((d) -> d.standing().name().equals("OVERDUE")).count());
		model.addAttribute("clients", views);
		model.addAttribute("today", this.clients.today());
		return "tiering/service-due";
	}

}
