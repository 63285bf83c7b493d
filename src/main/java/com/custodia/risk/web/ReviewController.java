package com.custodia.risk.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.risk.Recommendation;
import com.custodia.risk.Recommendations;
import com.custodia.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compliance review queue of suitability exceptions, and the decision on each. The risk officer
 * ({@code RISK_REVIEW}) reads the queue to follow mismatched clients; only {@code SUITABILITY_REVIEW} decides.
 */
@Controller
@RequestMapping("/risk/reviews")
@PreAuthorize("hasAnyAuthority('SUITABILITY_REVIEW', 'RISK_REVIEW')")
class ReviewController {

	static final int PAGE_SIZE = 50;

	private final Recommendations recommendations;

	private final ClientService clients;

	ReviewController(Recommendations recommendations, ClientService clients) {
		this.recommendations = recommendations;
		this.clients = clients;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<Recommendation> pending = this.recommendations.pending(user,
				PageRequest.of(Math.max(0, Math.min(page, 50_000)), PAGE_SIZE));
		List<Recommendation> decided = this.recommendations.recentlyDecided(user, 20);
		Map<Long, ClientView> clients = this.clients.views(user, Stream
			.concat(pending.stream(), decided.stream()).map(Recommendation::clientId).toList());
		model.addAttribute("page", pending);
		model.addAttribute("decided", decided);
		model.addAttribute("clients", clients);
		return "risk/reviews";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return page(user, id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('SUITABILITY_REVIEW')")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam String decision, @RequestParam(required = false) String comment, Model model,
			RedirectAttributes redirect) {
		if (!"approve".equals(decision) && !"reject".equals(decision)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"decision must be approve or reject");
		}
		boolean approve = "approve".equals(decision);
		try {
			this.recommendations.decide(user, id, version, approve, comment);
			redirect.addFlashAttribute("flashSuccess", approve ? "risk.review.approved" : "risk.review.rejected");
			return "redirect:/risk/reviews";
		}
		catch (ClientRuleException ex) {
			model.addAttribute("problem", ex.problems().get(0));
			model.addAttribute("comment", comment);
			return page(user, id, model);
		}
	}

	private String page(CurrentUser user, long id, Model model) {
		Recommendation recommendation = this.recommendations.get(user, id);
		model.addAttribute("r", recommendation);
		model.addAttribute("client", this.clients.get(user, recommendation.clientId()));
		return "risk/review";
	}

}
