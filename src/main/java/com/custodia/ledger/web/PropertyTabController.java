package com.custodia.ledger.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.ledger.Currency;
import com.custodia.ledger.PropertyLedger;
import com.custodia.ledger.PropertyQueries;
import com.custodia.ledger.PropertyType;
import com.custodia.ledger.PropertyView;
import com.custodia.security.CurrentUser;
import com.custodia.web.FormBinding;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client archive's property tab: each piece of property, the total in CNY, the split by type, and registration. */
@Controller
@RequestMapping("/clients/{id}/property")
@PreAuthorize("hasAuthority('PROPERTY_READ')")
class PropertyTabController {

	private final ClientService clients;

	private final PropertyQueries queries;

	private final PropertyLedger ledger;

	PropertyTabController(ClientService clients, PropertyQueries queries, PropertyLedger ledger) {
		this.clients = clients;
		this.queries = queries;
		this.ledger = ledger;
	}

	@GetMapping
	String tab(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		PropertyQueries.PropertyTab tab = this.queries.tab(user, id);
		List<PropertyView> properties = tab.property();
		Map<PropertyType, BigDecimal> byType = new TreeMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (PropertyView property : properties) {
			if (property.baseValue() != null && property.takesMovements()) {
				byType.merge(property.type(), property.baseValue(), BigDecimal::add);
				total = total.add(property.baseValue());
			}
		}
		model.addAttribute("client", tab.client());
		model.addAttribute("tab", "property");
		model.addAttribute("properties", properties);
		model.addAttribute("total", total);
		model.addAttribute("byType", byType);
		Map<PropertyType, Integer> shares = new TreeMap<>();
		BigDecimal sum = total;
		byType.forEach((type, value) -> shares.put(type, (sum.signum() > 0)
				? value.multiply(BigDecimal.valueOf(100)).divide(sum, 0, java.math.RoundingMode.HALF_UP).intValue() : 0));
		model.addAttribute("shares", shares);
		return "ledger/tab";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('PROPERTY_REGISTER')")
	String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", new RegistrationForm());
		return form(user, id, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('PROPERTY_REGISTER')")
	String register(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long property = this.ledger.register(user, id, form.toRegistration());
				redirect.addFlashAttribute("flashSuccess", "ledger.register.done");
				return "redirect:/properties/" + property;
			}
			catch (ClientRuleException ex) {
				FormBinding.reject(result, ex.problems());
			}
		}
		return form(user, id, model);
	}

	private String form(CurrentUser user, long id, Model model) {
		model.addAttribute("client", this.clients.get(user, id));
		model.addAttribute("tab", "property");
		model.addAttribute("propertyTypes", PropertyType.values());
		model.addAttribute("currencies", Currency.values());
		return "ledger/register";
	}

}
