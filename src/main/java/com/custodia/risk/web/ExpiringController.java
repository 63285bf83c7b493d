package com.custodia.risk.web;

import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The re-assessment list: the user's clients whose risk level expires within 30 days or already has. */
@Controller
@PreAuthorize("hasAnyAuthority('ASSESSMENT_RUN', 'RISK_REVIEW')")
class ExpiringController {

	static final int DAYS = 30;

	private final ClientService clients;

	ExpiringController(ClientService clients) {
		this.clients = clients;
	}

	@GetMapping("/risk/expiring")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		java.time.LocalDate today = this.clients.today();
		model.addAttribute("today", today);
		model.addAttribute("days", DAYS);
		org.springframework.data.domain.Page<com.custodia.clients.ClientView> due = this.clients
			.riskLevelsExpiringBefore(user, today.plusDays(DAYS + 1L), PageRequest.of(Math.max(0, Math.min(page, 50_000)), 50));
		model.addAttribute("page", due);
		model.addAttribute("daysLeft", due.stream().collect(java.util.stream.Collectors.toMap(
				com.custodia.clients.ClientView::id,
				(client) -> java.time.temporal.ChronoUnit.DAYS.between(today, client.riskExpiresOn()))));
		return "risk/expiring";
	}

}
