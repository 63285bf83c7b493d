package com.custodia.risk.web;

import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.risk.Assessments;
import com.custodia.risk.Recommendations;
import com.custodia.risk.RiskSettings;
import com.custodia.risk.Suitability;
import com.custodia.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The client archive's risk tab: the current level, every assessment so far, and the recommendations made. */
@Controller
@PreAuthorize("hasAuthority('CLIENT_READ')")
class RiskTabController {

	static final int PAGE_SIZE = 20;

	private final ClientService clients;

	private final Assessments assessments;

	private final Recommendations recommendations;

	private final RiskSettings settings;

	RiskTabController(ClientService clients, Assessments assessments, Recommendations recommendations,
			RiskSettings settings) {
		this.clients = clients;
		this.assessments = assessments;
		this.recommendations = recommendations;
		this.settings = settings;
	}

	@GetMapping("/clients/{id}/risk")
	String tab(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ClientView client = this.clients.get(user, id);
		model.addAttribute("client", client);
		model.addAttribute("tab", "risk");
		model.addAttribute("assessments", this.assessments.history(user, id));
		model.addAttribute("page", this.recommendations.forClient(user, id,
				PageRequest.of(Math.max(0, Math.min(page, 50_000)), PAGE_SIZE)));
		if (client.currentRiskLevel() != null) {
			model.addAttribute("highest", Suitability.highestFor(client.currentRiskLevel()));
			model.addAttribute("allocation", this.settings.current().allocationFor(client.currentRiskLevel()));
		}
		return "risk/tab";
	}

}
