package com.custodia.tiering.web;

import java.util.List;

import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;
import com.custodia.tiering.TierOverrides;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Proposed overrides waiting for a decision on clients in the approver's scope; each is decided on the client's tier tab. */
@Controller
class OverridesController {

	private final TierOverrides overrides;

	private final ClientService clients;

	OverridesController(TierOverrides overrides, ClientService clients) {
		this.overrides = overrides;
		this.clients = clients;
	}

	@GetMapping("/tiering/overrides")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<TierOverrides.Override> proposed = this.overrides.proposed(user);
		model.addAttribute("proposed", proposed);
		model.addAttribute("clients", this.clients.views(user, proposed.stream().map(TierOverrides.Override::clientId)
			.toList()));
		return "tiering/overrides";
	}

}
