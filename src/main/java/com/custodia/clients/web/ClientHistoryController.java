package com.custodia.clients.web;

import com.custodia.audit.AuditFilter;
import com.custodia.audit.AuditQueries;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The archive's change-history tab. The audit trail is its one source: every change to the client is an event there,
 * with who, when and each field before and after (ID number, phone, email and address masked).
 */
@Controller
@PreAuthorize("hasAuthority('CLIENT_READ')")
class ClientHistoryController {

	/** Fields whose recorded values are codes, and the message-key prefix that names each code. */
	private static final java.util.Map<String, String> VALUE_KEYS = java.util.Map.ofEntries(
			java.util.Map.entry("kind", "client.kind."), java.util.Map.entry("status", "client.status."),
			java.util.Map.entry("segment", "client.segment."), java.util.Map.entry("gender", "client.gender."),
			java.util.Map.entry("idType", "client.idType."), java.util.Map.entry("incomeBand", "client.incomeBand."),
			java.util.Map.entry("professionalBasis", "client.professional.basis."),
			java.util.Map.entry("professional", "client.professional."),
			java.util.Map.entry("category", "client.document.category."),
			java.util.Map.entry("contactKind", "client.contact.kind."), java.util.Map.entry("tier", "tier."));

	private final ClientService clients;

	private final AuditQueries audit;

	ClientHistoryController(ClientService clients, AuditQueries audit) {
		this.clients = clients;
		this.audit = audit;
	}

	@GetMapping("/clients/{id}/history")
	String history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long before, @RequestParam(required = false) Long after, Model model) {
		ArchiveTabs.populate(model, this.clients.get(user, id), "history");
		AuditFilter filter = new AuditFilter(null, null, null, null, null, id, null, null, null);
		model.addAttribute("events", this.audit.page(filter, before, after));
		model.addAttribute("valueKeys", VALUE_KEYS);
		return "clients/history";
	}

}
