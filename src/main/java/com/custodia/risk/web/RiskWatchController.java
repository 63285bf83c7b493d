package com.custodia.risk.web;

import java.util.List;
import java.util.Map;

import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.risk.Assessments;
import com.custodia.risk.Recommendations;
import com.custodia.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The risk officer's watch lists behind the start page's counts: clients whose assessment waits for its interview,
 * and clients whose level lapsed while they hold a product above R1. Each client links to their risk tab.
 */
@Controller
@PreAuthorize("hasAuthority('RISK_REVIEW') and hasAuthority('CLIENT_READ')")
class RiskWatchController {

	static final String INTERVIEW = "interview";

	static final String LAPSED = "lapsed";

	private final Assessments assessments;

	private final Recommendations recommendations;

	private final ClientService clients;

	RiskWatchController(Assessments assessments, Recommendations recommendations, ClientService clients) {
		this.assessments = assessments;
		this.recommendations = recommendations;
		this.clients = clients;
	}

	@GetMapping("/risk/watch")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = INTERVIEW) String list,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String shown = LAPSED.equals(list) ? LAPSED : INTERVIEW;
		PageRequest request = PageRequest.of(Math.max(0, Math.min(page, 50_000)), 50);
		Page<Long> ids = LAPSED.equals(shown) ? this.recommendations.expiredHoldingAboveR1Clients(user, request)
				: this.assessments.awaitingInterviewClients(user, request);
		Map<Long, ClientView> views = this.clients.views(user, ids.getContent());
		List<ClientView> rows = ids.getContent().stream().map(views::get).filter(java.util.Objects::nonNull).toList();
		model.addAttribute("list", shown);
		model.addAttribute("page", ids);
		model.addAttribute("rows", rows);
		return "risk/watch";
	}

}
