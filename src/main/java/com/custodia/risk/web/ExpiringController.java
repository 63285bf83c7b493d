package com.custodia.risk.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.security.CurrentUser;

import org.springframework.data.domain.Page;
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
		LocalDate today = this.clients.today();
		model.addAttribute("today", today);
		model.addAttribute("days", DAYS);
		Page<ClientView> due = this.clients
			.riskLevelsExpiringBefore(user, today.plusDays(DAYS + 1L), PageRequest.of(Math.max(0, Math.min(page, 50_000)), 50));
		model.addAttribute("page", due);
		model.addAttribute("daysLeft", due.stream().collect(Collectors.toMap(
				ClientView::id,
				(client) -> ChronoUnit.DAYS.between(today, client.riskExpiresOn()))));
		return "risk/expiring";
	}

}
