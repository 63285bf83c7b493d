package com.custodia.clients.web;

import java.util.List;
import java.util.Set;

import com.custodia.web.FormBinding;
import com.custodia.clients.ClientKind;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientScope;
import com.custodia.clients.ClientSearch;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientStatus;
import com.custodia.clients.ClientView;
import com.custodia.clients.Gender;
import com.custodia.clients.IdType;
import com.custodia.clients.IncomeBand;
import com.custodia.clients.ProfessionalInvestor;
import com.custodia.clients.Segment;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client list, onboarding, the archive's profile tab and the profile editor. */
@Controller
@RequestMapping("/clients")
@PreAuthorize("hasAuthority('CLIENT_READ')")
class ClientController {

	static final int PAGE_SIZE = 20;

	private static final Set<String> SORTABLE = Set.of("name", "code", "createdAt", "financialAssets");

	private final ClientService clients;

	ClientController(ClientService clients) {
		this.clients = clients;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", ClientKind.values());
		model.addAttribute("statuses", ClientStatus.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("incomeBands", IncomeBand.values());
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") ClientFilterForm filter, Model model) {
		ClientSearch search = filter.toSearch();
		model.addAttribute("page", this.clients.search(user, search,
				PageRequest.of(page(filter.getPage()), PAGE_SIZE, sortOf(filter.getSort()))));
		model.addAttribute("segments", Segment.values());
		model.addAttribute("riskLevels", com.custodia.clients.RiskLevel.values());
		model.addAttribute("tiers", com.custodia.clients.Tier.values());
		model.addAttribute("seesOthers", ClientScope.of(user).seesOthers());
		model.addAttribute("owners", ClientScope.of(user).seesOthers() ? this.clients.assignableOwners(user) : List.of());
		model.addAttribute("sort", filter.getSort());
		return "clients/list";
	}

	/** The furthest page the list offers (a million clients at 20 a page); further asks show the last one. */
	static final int MAX_PAGE = 50_000;

	static int page(int requested) {
		return Math.min(Math.max(requested, 0), MAX_PAGE);
	}

	static Sort sortOf(String sort) {
		String[] parts = (sort == null) ? new String[0] : sort.split(",");
		String property = (parts.length > 0 && SORTABLE.contains(parts[0])) ? parts[0] : "name";
		boolean descending = parts.length > 1 && parts[1].equals("desc");
		Sort.Order order = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
		// Clients without assets entered go last in both directions (an index serves each order).
		Sort primary = Sort.by(property.equals("financialAssets") ? order.nullsLast() : order);
		return primary.and(descending ? Sort.by("id").descending() : Sort.by("id"));
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('CLIENT_WRITE')")
	String createForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "individual") String kind,
			Model model) {
		ClientKind chosen = "institution".equalsIgnoreCase(kind) ? ClientKind.INSTITUTION : ClientKind.INDIVIDUAL;
		ClientForm form = ClientForm.blank(chosen);
		form.setOwnerId(user.id());
		model.addAttribute("form", form);
		return formPage(user, chosen, model, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('CLIENT_WRITE')")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ClientForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ClientKind kind = (form.getKind() != null) ? form.getKind() : ClientKind.INDIVIDUAL;
		form.setKind(kind);
		suggestSegment(form);
		if (result.hasErrors()) {
			// Some text could not be read: show the rules' findings on the other fields too, all at once.
			FormBinding.reject(result, this.clients.problems(form.toProfile()));
			return formPage(user, kind, model, null);
		}
		try {
			long id = this.clients.create(user, form.toProfile(), form.getStatus(), form.getOwnerId());
			redirect.addFlashAttribute("flashSuccess", "client.created");
			return "redirect:/clients/" + id;
		}
		catch (ClientRuleException ex) {
			FormBinding.reject(result, ex.problems());
			return formPage(user, kind, model, null);
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ClientView client = this.clients.get(user, id);
		ArchiveTabs.populate(model, client, "profile");
		model.addAttribute("transitions", client.status().next());
		if (user.can(Permission.CLIENT_REASSIGN) && !client.isClosed()) {
			model.addAttribute("owners", this.clients.assignableOwners(user));
		}
		return "clients/profile";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('CLIENT_WRITE')")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		ClientView client = this.clients.get(user, id);
		if (client.isClosed()) {
			redirect.addFlashAttribute("flashError", "client.closed.readOnly");
			return "redirect:/clients/" + id;
		}
		model.addAttribute("form", ClientForm.of(this.clients.profileForEdit(user, id), client.version()));
		return formPage(user, client.kind(), model, client);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('CLIENT_WRITE')")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") ClientForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ClientView client = this.clients.get(user, id);
		if (client.isClosed()) {
			redirect.addFlashAttribute("flashError", "client.closed.readOnly");
			return "redirect:/clients/" + id;
		}
		form.setKind(client.kind());
		suggestSegment(form);
		if (result.hasErrors()) {
			FormBinding.reject(result, this.clients.problemsOfEdit(user, id, form.toProfile(), form.isIdNumberBlank()));
			return formPage(user, client.kind(), model, client);
		}
		try {
			this.clients.update(user, id, form.getVersion(), form.toProfile(), form.isIdNumberBlank());
		}
		catch (ClientRuleException ex) {
			FormBinding.reject(result, ex.problems());
			return formPage(user, client.kind(), model, client);
		}
		redirect.addFlashAttribute("flashSuccess", "client.saved");
		return "redirect:/clients/" + id;
	}

	/** An individual whose segment was left open takes the one their assets give, rather than an error. */
	private void suggestSegment(ClientForm form) {
		if (form.getKind() == ClientKind.INDIVIDUAL && form.getSegment() == null && form.getFinancialAssets() != null
				&& form.getFinancialAssets().signum() >= 0) {
			form.setSegment(this.clients.segmentRules().individualSegmentFor(form.getFinancialAssets()));
		}
	}

	private String formPage(CurrentUser user, ClientKind kind, Model model, ClientView client) {
		model.addAttribute("kind", kind);
		model.addAttribute("client", client);
		model.addAttribute("segments", kind.segments());
		model.addAttribute("bases", java.util.Arrays.stream(ProfessionalInvestor.Basis.values())
			.filter((basis) -> basis.isIndividual() == (kind == ClientKind.INDIVIDUAL))
			.toList());
		model.addAttribute("initialStatuses", ClientStatus.INITIAL.stream().sorted().toList());
		model.addAttribute("rules", this.clients.segmentRules());
		if (client == null && ClientScope.of(user).seesOthers()) {
			model.addAttribute("owners", this.clients.assignableOwners(user));
		}
		model.addAttribute("contactEditable", user.can(Permission.CLIENT_CONTACT_READ));
		return "clients/form";
	}

}
