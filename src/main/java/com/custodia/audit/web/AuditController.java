package com.custodia.audit.web;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditEventView;
import com.custodia.audit.AuditFilter;
import com.custodia.audit.AuditOutcome;
import com.custodia.audit.AuditQueries;
import com.custodia.audit.AuditTrail;
import com.custodia.audit.ChainVerification;
import com.custodia.audit.ChainVerifier;
import com.custodia.security.CurrentUser;
import com.custodia.web.DisplayZone;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.SpreadsheetCsv;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages compliance and internal audit live in: the trail, one event, its CSV export and the chain check.
 * Reading them is itself recorded, once per page view.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditController {

	/** The most rows one export writes; narrow the filter for more. */
	static final int EXPORT_LIMIT = 1_000_000;

	private final AuditQueries queries;

	private final AuditTrail audit;

	private final ChainVerifier verifier;

	private final DisplayZone zone;

	private final TransactionTemplate transactions;

	AuditController(AuditQueries queries, AuditTrail audit, ChainVerifier verifier, DisplayZone zone,
			TransactionTemplate transactions) {
		this.queries = queries;
		this.audit = audit;
		this.verifier = verifier;
		this.zone = zone;
		this.transactions = transactions;
	}

	@GetMapping
	String list(@Valid @ModelAttribute("filter") AuditFilterForm form, BindingResult result,
			@RequestParam(required = false) Long before, @RequestParam(required = false) Long after,
			HttpServletRequest request, Model model) {
		model.addAttribute("actions", this.queries.actions());
		model.addAttribute("outcomes", AuditOutcome.values());
		if (result.hasErrors()) {
			model.addAttribute("page", null);
			return "audit/list";
		}
		model.addAttribute("page", this.queries.page(form.toFilter(this.zone.zoneId()), before, after));
		this.audit.record(AuditEntry.of("AUDIT_VIEWED").target("AUDIT_TRAIL", null).detail(request.getQueryString()));
		return "audit/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		AuditEventView event = this.queries.find(id).orElseThrow(() -> new RecordNotFoundException("audit event", id));
		model.addAttribute("event", event);
		this.audit.record(AuditEntry.of("AUDIT_VIEWED").target("AUDIT_EVENT", id));
		return "audit/show";
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasAuthority('AUDIT_EXPORT')")
	ResponseEntity<StreamingResponseBody> export(@Valid @ModelAttribute("filter") AuditFilterForm form,
			BindingResult result, HttpServletRequest request) {
		if (result.hasErrors()) {
			return ResponseEntity.badRequest().build();
		}
		AuditFilter filter = form.toFilter(this.zone.zoneId());
		this.audit.record(AuditEntry.of("AUDIT_EXPORTED").target("AUDIT_TRAIL", null).detail(request.getQueryString()));
		ZoneId zoneId = this.zone.zoneId();
		StreamingResponseBody body = (output) -> {
			try (CSVPrinter csv = SpreadsheetCsv.open(output, "id", "time", "time_utc", "user", "roles", "source_ip",
					"action", "outcome", "target_type", "target_id", "client_id", "detail", "changes", "chain_position",
					"hash")) {
				this.transactions.executeWithoutResult((status) -> this.queries.forEach(filter, EXPORT_LIMIT,
						(event) -> print(csv, event, zoneId)));
			}
		};
		return SpreadsheetCsv.attachment("custodia-audit.csv").body(body);
	}

	private static void print(CSVPrinter csv, AuditEventView event, ZoneId zone) {
		try {
			csv.printRecord(event.id(),
					DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.occurredAt().atZone(zone)),
					event.occurredAt().toString(), cell(event.actor()), cell(event.roles()), cell(event.sourceIp()),
					event.action(), event.outcome(), cell(event.targetType()), cell(event.targetId()), event.clientId(),
					cell(event.detail()), event.changes().isEmpty() ? null : cell(changes(event)), event.seq(), event.hash());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static String cell(String value) {
		return SpreadsheetCsv.cell(value);
	}

	private static String changes(AuditEventView event) {
		StringBuilder text = new StringBuilder();
		event.changes().forEach((change) -> text.append(change.field()).append(": ")
			.append((change.before() != null) ? change.before() : "∅").append(" → ")
			.append((change.after() != null) ? change.after() : "∅").append('\n'));
		return text.toString().strip();
	}

	@GetMapping("/verify")
	String verifyPage(Model model) {
		model.addAttribute("latest", this.verifier.latest().orElse(null));
		model.addAttribute("head", this.verifier.head().orElse(null));
		this.audit.record(AuditEntry.of("AUDIT_VIEWED").target("AUDIT_CHAIN", null));
		return "audit/verify";
	}

	@PostMapping("/verify")
	@PreAuthorize("hasAuthority('AUDIT_VERIFY')")
	String verify(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		ChainVerification result = this.verifier.verify(user.username());
		this.audit.record(AuditEntry.of("AUDIT_CHAIN_VERIFIED")
			.outcome(result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED)
			.target("AUDIT_CHAIN", result.id())
			.detail(result.intact() ? "intact, " + result.eventsChecked() + " events"
					: "broken at " + result.brokenSeq() + ": " + result.reason()));
		redirect.addFlashAttribute(result.intact() ? "flashSuccess" : "flashError",
				result.intact() ? "audit.verify.doneIntact" : "audit.verify.doneBroken");
		return "redirect:/audit/verify";
	}

}
