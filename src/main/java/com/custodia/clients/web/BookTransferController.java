package com.custodia.clients.web;

import com.custodia.access.StaffDirectory;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin moves a whole book of clients from one RM to another, for example when an RM leaves. The page shows
 * owners and counts only: an admin sees no client data unless a role grants it.
 */
@Controller
@RequestMapping("/admin/books")
@PreAuthorize("hasAuthority('CLIENT_REASSIGN') and hasAuthority('USER_ADMIN')")
class BookTransferController {

	private final ClientService clients;

	private final StaffDirectory staff;

	BookTransferController(ClientService clients, StaffDirectory staff) {
		this.clients = clients;
		this.staff = staff;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("books", this.clients.books());
		model.addAttribute("owners", this.staff.clientOwners(null));
		return "admin/books";
	}

	@PostMapping
	String transfer(@org.springframework.security.core.annotation.AuthenticationPrincipal com.custodia.security.CurrentUser admin,
			@RequestParam(required = false) Long fromOwnerId, @RequestParam(required = false) Long toOwnerId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			if (fromOwnerId == null || toOwnerId == null) {
				throw new ClientRuleException("toOwnerId", "client.owner.notAllowed");
			}
			int moved = this.clients.transferBook(admin, fromOwnerId, toOwnerId, reason);
			redirect.addFlashAttribute("flashSuccess", "client.books.moved");
			redirect.addFlashAttribute("movedCount", moved);
		}
		catch (ClientRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.problems().get(0).messageKey());
		}
		return "redirect:/admin/books";
	}

}
