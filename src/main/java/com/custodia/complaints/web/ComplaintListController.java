package com.custodia.complaints.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import com.custodia.access.StaffDirectory;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientSearch;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.complaints.Complaint;
import com.custodia.complaints.ComplaintEnums;
import com.custodia.complaints.ComplaintQueries;
import com.custodia.complaints.ComplaintState;
import com.custodia.complaints.Complaints;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.Enums;
import com.custodia.web.FormBinding;
import com.custodia.web.ReportPeriod;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The complaints list with its filters (paged in the database), and intake. */
@Controller
class ComplaintListController {

	static final int PAGE_SIZE = 50;

	private final ComplaintQueries queries;

	private final Complaints complaints;

	private final ClientService clients;

	private final StaffDirectory staff;

	ComplaintListController(ComplaintQueries queries, Complaints complaints, ClientService clients,
			StaffDirectory staff) {
		this.queries = queries;
		this.complaints = complaints;
		this.clients = clients;
		this.staff = staff;
	}

	@GetMapping("/complaints")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String state,
			@RequestParam(required = false) String category, @RequestParam(required = false) String channel,
			@RequestParam(required = false) Long handler, @RequestParam(required = false) String due,
			@RequestParam(required = false) Long client, @RequestParam(required = false) String clientText,
			@RequestParam(name = "from", required = false) String fromText,
			@RequestParam(name = "to", required = false) String toText,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate from = ReportPeriod.dayOrNull(fromText);
		LocalDate to = ReportPeriod.dayOrNull(toText);
		Long clientId = client;
		if (clientId == null && clientText != null && !clientText.isBlank()) {
			// A client named but not found in scope matches nothing, rather than everything.
			clientId = byCode(user, clientText).map(ClientView::id).orElse(-1L);
		}
		model.addAttribute("clientText", clientText);
		ComplaintQueries.Filter filter = new ComplaintQueries.Filter(Enums.valueOrNull(ComplaintState.class, state),
				Enums.valueOrNull(ComplaintEnums.Category.class, category),
				Enums.valueOrNull(ComplaintEnums.Channel.class, channel), handler, "soon".equals(due), clientId, from, to);
		Page<Complaint> complaints = this.queries.search(user, filter,
				PageRequest.of(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE));
		model.addAttribute("page", complaints);
		model.addAttribute("clientNames", names(user, complaints));
		model.addAttribute("filter", filter);
		model.addAttribute("states", ComplaintState.values());
		model.addAttribute("categories", ComplaintEnums.Category.values());
		model.addAttribute("channels", ComplaintEnums.Channel.values());
		model.addAttribute("handlers", this.staff.holdersOf(Permission.COMPLAINT_HANDLE));
		model.addAttribute("today", this.clients.today());
		return "complaints/list";
	}

	@GetMapping("/complaints/new")
	@PreAuthorize("hasAuthority('COMPLAINT_INTAKE')")
	String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long client, Model model) {
		IntakeForm form = new IntakeForm();
		if (client != null) {
			form.setClientCode(this.clients.get(user, client).code());
		}
		model.addAttribute("form", form);
		return form(model);
	}

	@PostMapping("/complaints/new")
	@PreAuthorize("hasAuthority('COMPLAINT_INTAKE')")
	String intake(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") IntakeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Long clientId = null;
		if (form.getClientCode() != null && !form.getClientCode().isBlank()) {
			Optional<ClientView> found = byCode(user, form.getClientCode());
			if (found.isEmpty()) {
				result.rejectValue("clientCode", "complaint.clientNotFound");
			}
			else {
				clientId = found.get().id();
			}
		}
		if (!result.hasErrors()) {
			try {
				long id = this.complaints.intake(user, new Complaints.Intake(clientId, form.getComplainantName(),
						form.getComplainantContact(), form.getChannel(), form.getCategory(), form.getSeverity(),
						form.getDescription(), null, form.getProduct(), form.getReceivedOn()));
				redirect.addFlashAttribute("flashSuccess", "complaint.received");
				return "redirect:/complaints/" + id;
			}
			catch (ClientRuleException ex) {
				FormBinding.reject(result, ex.problems());
			}
		}
		return form(model);
	}

	/**
	 * The client in the user's scope the text names: their exact code, or else the one client whose name (or phone's
	 * last four digits) matches; empty when none or several do.
	 */
	private Optional<ClientView> byCode(CurrentUser user, String text) {
		String wanted = text.strip().toUpperCase(java.util.Locale.ROOT);
		java.util.List<ClientView> found = this.clients.search(user, new ClientSearch(text.strip(), null, null, null, false,
				null, null, null), PageRequest.of(0, 2)).getContent();
		return found.stream().filter((client) -> client.code().equals(wanted)).findFirst()
			.or(() -> (found.size() == 1) ? Optional.of(found.get(0)) : Optional.empty());
	}

	private Map<Long, ClientView> names(CurrentUser user, Page<Complaint> complaints) {
		return this.clients.views(user, complaints.stream().map(Complaint::clientId)
			.filter(java.util.Objects::nonNull).toList());
	}

	private String form(Model model) {
		model.addAttribute("channels", ComplaintEnums.Channel.values());
		model.addAttribute("categories", ComplaintEnums.Category.values());
		model.addAttribute("severities", ComplaintEnums.Severity.values());
		return "complaints/new";
	}

}
