package com.custodia.ledger.web;

import java.util.List;
import java.util.Objects;

import com.custodia.clients.ClientRuleException;
import com.custodia.ledger.EntryKind;
import com.custodia.ledger.PropertyLedger;
import com.custodia.ledger.PropertyQueries;
import com.custodia.ledger.PropertyStatus;
import com.custodia.ledger.PropertyView;
import com.custodia.ledger.QrCodes;
import com.custodia.security.CurrentUser;
import com.custodia.web.FieldProblem;
import com.custodia.web.FormBinding;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A piece of property: its details, its ledger newest first (paged in the database), a movement, a reversal. */
@Controller
@RequestMapping("/properties/{id:[0-9]+}")
@PreAuthorize("hasAuthority('PROPERTY_READ')")
class PropertyController {

	static final int PAGE_SIZE = 25;

	private final PropertyQueries queries;

	private final PropertyLedger ledger;

	PropertyController(PropertyQueries queries, PropertyLedger ledger) {
		this.queries = queries;
		this.ledger = ledger;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("form", new MovementForm());
		return page(user, id, page, model);
	}

	/** The QR code of the property's code, as the label shows it; each one served is an audited print. */
	@GetMapping(path = "/label.png", produces = MediaType.IMAGE_PNG_VALUE)
	@ResponseBody
	ResponseEntity<byte[]> labelImage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		PropertyView property = this.queries.get(user, id);
		this.ledger.recordLabelPrinted(user, id);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
			.body(QrCodes.png(property.code(), 240));
	}

	/** A label to print and stick on the item: the QR code, the property code and what the item is. */
	@GetMapping("/label")
	String label(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		PropertyView property = this.queries.get(user, id);
		model.addAttribute("property", property);
		return "ledger/label";
	}

	/** The movement form posts here; reloading or switching language afterwards shows the property again. */
	@GetMapping("/movements")
	String movementsPage(@PathVariable long id) {
		return "redirect:/properties/" + id;
	}

	@PostMapping("/movements")
	@PreAuthorize("hasAuthority('PROPERTY_WRITE')")
	String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") MovementForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.isTransfer() && form.getToProperty() == null) {
			result.rejectValue("toProperty", "client.required");
		}
		if (!result.hasErrors()) {
			try {
				PropertyLedger.Outcome outcome = form.isTransfer()
						? this.ledger.transfer(user, id, form.getToProperty(), form.getAmount(), form.getQuantity(),
								form.getReason())
						: this.ledger.submit(user, id, form.toMovement(this.queries.get(user, id)));
				String done = form.isTransfer() ? "ledger.transfer." : "ledger.movement.";
				redirect.addFlashAttribute("flashSuccess", done + (outcome.pending() ? "submitted" : "posted"));
				return "redirect:/properties/" + id;
			}
			catch (ClientRuleException ex) {
				FormBinding.reject(result, ex.problems().stream().map(PropertyController::onForm).toList());
			}
		}
		return page(user, id, 0, model);
	}

	/** The service names the ledger's fields; the form asks for an amount and a new status. */
	private static FieldProblem onForm(FieldProblem problem) {
		String field = switch (problem.field()) {
			case "valueChange" -> "amount";
			case "statusAfter" -> "newStatus";
			case "toId" -> "toProperty";
			case "newValue", "reason", "kind", "quantity" -> problem.field();
			default -> "*";
		};
		return new FieldProblem(field, problem.messageKey(), problem.arguments());
	}

	@PostMapping("/entries/{entryId}/reversal")
	@PreAuthorize("hasAuthority('LEDGER_REVERSE')")
	String reverse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long entryId,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "0") int page, Model model,
			RedirectAttributes redirect) {
		try {
			this.ledger.reverse(user, entryId, reason);
			redirect.addFlashAttribute("flashSuccess", "ledger.reverse.submitted");
			return "redirect:/properties/" + id;
		}
		catch (ClientRuleException ex) {
			// A missing or long reason shows at the entry's own form, with the reason as typed; a refusal of the
			// reversal itself (reversed meanwhile, say) at the top, as that row may have no form any more.
			FieldProblem problem = ex.problems().get(0);
			if ("reason".equals(problem.field())) {
				model.addAttribute("reversalFailed", entryId);
				model.addAttribute("reversalProblem", problem.messageKey());
				model.addAttribute("reversalArgument", (problem.arguments().length > 0) ? problem.arguments()[0] : null);
				model.addAttribute("reversalReason", reason);
			}
			else {
				model.addAttribute("flashError", problem.messageKey());
			}
			model.addAttribute("form", new MovementForm());
			return page(user, id, page, model);
		}
	}

	/** The reversal form posts here; reloading afterwards shows the property again. */
	@GetMapping("/entries/{entryId}/reversal")
	String reversalPage(@PathVariable long id) {
		return "redirect:/properties/" + id;
	}

	private String page(CurrentUser user, long id, int page, Model model) {
		PropertyQueries.PropertyPage shown = this.queries.page(user, id,
				PageRequest.of(Math.max(0, Math.min(page, 1_000_000)), PAGE_SIZE));
		PropertyView property = shown.property();
		model.addAttribute("property", property);
		model.addAttribute("client", shown.client());
		model.addAttribute("tab", "property");
		model.addAttribute("page", shown.entries());
		// A transfer goes to another property of the same client, in the same currency and unit, that takes movements.
		List<PropertyView> targets = shown.clientProperty().stream()
			.filter((other) -> other.id() != id && other.currency() == property.currency() && other.takesMovements()
					&& Objects.equals(other.unit(), property.unit()))
			.toList();
		model.addAttribute("transferTargets", targets);
		model.addAttribute("movementKinds", targets.isEmpty()
				? new EntryKind[] { EntryKind.DEPOSIT, EntryKind.WITHDRAWAL, EntryKind.REVALUATION,
						EntryKind.STATUS_CHANGE, EntryKind.RELEASE }
				: new EntryKind[] { EntryKind.DEPOSIT, EntryKind.WITHDRAWAL, EntryKind.TRANSFER_OUT,
						EntryKind.REVALUATION, EntryKind.STATUS_CHANGE, EntryKind.RELEASE });
		model.addAttribute("statuses", new PropertyStatus[] { PropertyStatus.IN_CUSTODY, PropertyStatus.PLEDGED,
				PropertyStatus.ON_LOAN, PropertyStatus.LOST_OR_DAMAGED });
		return "ledger/property";
	}

}
