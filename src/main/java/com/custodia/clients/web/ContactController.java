package com.custodia.clients.web;

import com.custodia.web.FormBinding;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.clients.servicelog.ContactKind;
import com.custodia.clients.servicelog.ServiceLog;
import com.custodia.security.CurrentUser;

import org.springframework.data.domain.PageRequest;
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

/** The archive's service-log tab: the contacts so far, newest first, and the form to log one. */
@Controller
@RequestMapping("/clients/{id}/contacts")
@PreAuthorize("hasAuthority('CLIENT_READ')")
class ContactController {

	private final ClientService clients;

	private final ServiceLog serviceLog;

	ContactController(ClientService clients, ServiceLog serviceLog) {
		this.clients = clients;
		this.serviceLog = serviceLog;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Model model) {
		ContactForm form = new ContactForm();
		form.setContactedOn(this.clients.today());
		form.setKind(java.util.Arrays.stream(ContactKind.values()).filter((k) -> k.name().equals(kind)).findFirst()
			.orElse(ContactKind.CALL));
		model.addAttribute("form", form);
		return page(user, id, page, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('SERVICE_LOG_WRITE')")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") ContactForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.clients.requireInScope(user, id);
		FormBinding.reject(result, this.serviceLog.problems(form.toEntry()));
		if (!result.hasErrors()) {
			try {
				this.serviceLog.record(user, id, form.toEntry());
				redirect.addFlashAttribute("flashSuccess", "client.contact.logged");
				return "redirect:/clients/" + id + "/contacts";
			}
			catch (ClientRuleException ex) {
				FormBinding.reject(result, ex.problems());
			}
		}
		return page(user, id, 0, model);
	}

	private String page(CurrentUser user, long id, int page, Model model) {
		ClientView client = this.clients.get(user, id);
		ArchiveTabs.populate(model, client, "contacts");
		model.addAttribute("page", this.serviceLog.entries(user, id, PageRequest.of(ClientController.page(page), 20)));
		model.addAttribute("contactKinds", ContactKind.values());
		return "clients/contacts";
	}

}
