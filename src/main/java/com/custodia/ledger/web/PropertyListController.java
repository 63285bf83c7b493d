package com.custodia.ledger.web;

import java.util.Map;

import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.ledger.Currency;
import com.custodia.ledger.PropertyQueries;
import com.custodia.ledger.PropertyStatus;
import com.custodia.ledger.PropertyType;
import com.custodia.ledger.PropertyView;
import com.custodia.security.CurrentUser;
import com.custodia.web.Enums;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * All property in the user's scope, filtered by type, status, custodian or place, and currency. A filter value that
 * does not parse (typed into the URL) is ignored rather than refused, as on the client list.
 */
@Controller
@PreAuthorize("hasAuthority('PROPERTY_READ')")
class PropertyListController {

	private final PropertyQueries queries;

	private final ClientService clients;

	PropertyListController(PropertyQueries queries, ClientService clients) {
		this.queries = queries;
		this.clients = clients;
	}

	@GetMapping("/ledger/properties")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String type,
			@RequestParam(required = false) String status, @RequestParam(required = false) String custodian,
			@RequestParam(required = false) String currency, @RequestParam(defaultValue = "0") int page, Model model) {
		String place = (custodian != null && custodian.length() > 100) ? custodian.substring(0, 100) : custodian;
		PropertyQueries.Filter filter = new PropertyQueries.Filter(Enums.valueOrNull(PropertyType.class, type),
				Enums.valueOrNull(PropertyStatus.class, status), place, Enums.valueOrNull(Currency.class, currency));
		Page<PropertyView> properties = this.queries.search(user, filter,
				PageRequest.of(Math.max(0, Math.min(page, 50_000)), 50));
		Map<Long, ClientView> owners = this.clients.views(user, properties.stream().map(PropertyView::clientId).toList());
		model.addAttribute("page", properties);
		model.addAttribute("clients", owners);
		model.addAttribute("types", PropertyType.values());
		model.addAttribute("statuses", PropertyStatus.values());
		model.addAttribute("currencies", Currency.values());
		model.addAttribute("filter", Map.of("type", (type != null) ? type : "", "status", (status != null) ? status : "",
				"custodian", (place != null) ? place : "", "currency", (currency != null) ? currency : ""));
		return "ledger/properties";
	}

}
