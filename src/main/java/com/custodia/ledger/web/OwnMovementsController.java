package com.custodia.ledger.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.ledger.OwnMovement;
import com.custodia.ledger.PropertyQueries;
import com.custodia.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Your movements": what the user recorded that waits for a second person, or was rejected in the last 30 days with
 * the checker's comment, so a maker can follow up. The start page links here with the same counts.
 */
@Controller
class OwnMovementsController {

	private final PropertyQueries queries;

	private final ClientService clients;

	private final Clock clock;

	OwnMovementsController(PropertyQueries queries, ClientService clients, Clock clock) {
		this.queries = queries;
		this.clients = clients;
		this.clock = clock;
	}

	@GetMapping("/ledger/mine")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "PENDING") String state,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String shown = "REJECTED".equals(state) ? "REJECTED" : "PENDING";
		Page<OwnMovement> movements = this.queries.own(user, shown,
				this.clock.instant().minus(Duration.ofDays(LedgerHomeSection.DAYS)), PageRequest.of(Math.max(page, 0), 50));
		Map<Long, ClientView> names = this.clients.views(user,
				movements.getContent().stream().map(OwnMovement::clientId).toList());
		model.addAttribute("state", shown);
		model.addAttribute("page", movements);
		model.addAttribute("clients", names);
		model.addAttribute("days", LedgerHomeSection.DAYS);
		return "ledger/mine";
	}

}
