package com.custodia.complaints.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.custodia.access.StaffDirectory;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.complaints.Complaint;
import com.custodia.complaints.ComplaintAttachments;
import com.custodia.complaints.ComplaintEnums;
import com.custodia.complaints.ComplaintQueries;
import com.custodia.complaints.Complaints;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.Amounts;
import com.custodia.web.Enums;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One complaint: its facts, deadline and timeline, and the step its state allows next. A refused step comes back with
 * what was typed and the problem in that step's form.
 */
@Controller
@RequestMapping("/complaints/{id:[0-9]+}")
class ComplaintController {

	private final ComplaintQueries queries;

	private final Complaints complaints;

	private final ClientService clients;

	private final StaffDirectory staff;

	private final ComplaintAttachments attachments;

	ComplaintController(ComplaintQueries queries, Complaints complaints, ClientService clients, StaffDirectory staff,
			ComplaintAttachments attachments) {
		this.attachments = attachments;
		this.queries = queries;
		this.complaints = complaints;
		this.clients = clients;
		this.staff = staff;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Complaint complaint = this.queries.get(user, id);
		model.addAttribute("complaint", complaint);
		if (complaint.clientId() != null) {
			model.addAttribute("client", this.clients.views(user, java.util.List.of(complaint.clientId()))
				.get(complaint.clientId()));
		}
		model.addAttribute("timeline", this.queries.timeline(user, id));
		model.addAttribute("extensions", this.queries.pendingExtensions(user, id));
		model.addAttribute("attachments", this.attachments.list(user, id));
		// Who decided, so the page does not offer them the approval of their own compensation.
		model.addAttribute("decider", this.queries.timeline(user, id).stream().filter((e) -> e.kind().equals("DECIDED"))
			.reduce((first, second) -> second).map(ComplaintQueries.Event::by).orElse(null));
		model.addAttribute("today", this.clients.today());
		if (user.can(Permission.COMPLAINT_HANDLE)) {
			model.addAttribute("handlers", this.staff.holdersOf(Permission.COMPLAINT_HANDLE));
		}
		model.addAttribute("findings", ComplaintEnums.Finding.values());
		model.addAttribute("satisfactions", ComplaintEnums.Satisfaction.values());
		return "complaints/show";
	}

	@PostMapping("/attachments")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws java.io.IOException {
		try {
			this.attachments.attach(user, id, (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getBytes() : null);
			redirect.addFlashAttribute("flashSuccess", "complaint.attachment.added");
			return "redirect:/complaints/" + id;
		}
		catch (ClientRuleException ex) {
			model.addAttribute("failedStep", "attachments");
			model.addAttribute("stepProblems", Map.of("file", ex.problems().get(0).messageKey()));
			model.addAttribute("typed", Map.of());
			return show(user, id, model);
		}
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		ComplaintAttachments.Download download = this.attachments.download(user, id, attachmentId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(download.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(download.contentType()))
			.body(download.content());
	}

	/** The step forms post here; reloading afterwards shows the complaint again. */
	@GetMapping("/{step}")
	String stepPage(@PathVariable long id) {
		return "redirect:/complaints/" + id;
	}

	@PostMapping("/{step}")
	String step(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String step,
			@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
		String note = typed.get("note");
		try {
			switch (step) {
				case "acknowledge" -> this.complaints.acknowledge(user, id, note);
				case "assign" -> this.complaints.assign(user, id, number(typed.get("handlerId"), "handlerId"), note);
				case "investigate" -> this.complaints.investigate(user, id, note);
				case "pause" -> this.complaints.pause(user, id, note);
				case "resume" -> this.complaints.resume(user, id, note);
				case "extension" -> this.complaints.requestExtension(user, id, note, "on".equals(typed.get("told")));
				case "extension-decision" -> this.complaints.decideExtension(user,
						number(typed.get("extensionId"), "*"), "approve".equals(typed.get("decision")), note);
				case "decision" -> this.complaints.decide(user, id, new Complaints.Decision(
						Enums.valueOrNull(ComplaintEnums.Finding.class, typed.get("finding")), typed.get("remedy"),
						amount(typed.get("compensation")), typed.get("reply")));
				case "compensation" -> this.complaints.approveCompensation(user, id, note);
				case "reply" -> this.complaints.reply(user, id, note);
				case "close" -> this.complaints.close(user, id,
						Enums.valueOrNull(ComplaintEnums.Satisfaction.class, typed.get("satisfaction")),
						"on".equals(typed.get("escalated")), note);
				case "reopen" -> this.complaints.reopen(user, id, note);
				default -> throw new org.springframework.web.server.ResponseStatusException(
						org.springframework.http.HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("flashSuccess", "complaint.step.done." + step);
			return "redirect:/complaints/" + id;
		}
		catch (ClientRuleException ex) {
			Map<String, String> problems = new HashMap<>();
			// The forms name the free text "note"; fields a form does not show go above it.
			ex.problems().forEach((problem) -> problems.putIfAbsent(switch (problem.field()) {
				case "reason", "comment", "note" -> "note";
				case "finding", "remedy", "compensation", "reply", "satisfaction", "toldComplainant" -> problem.field();
				default -> "*";
			}, problem.messageKey()));
			model.addAttribute("failedStep", step);
			model.addAttribute("stepProblems", problems);
			model.addAttribute("typed", typed);
			return show(user, id, model);
		}
	}

	private static long number(String text, String field) {
		try {
			return Long.parseLong(text);
		}
		catch (RuntimeException ex) {
			throw new ClientRuleException(field, "client.required");
		}
	}

	private static BigDecimal amount(String text) {
		try {
			return Amounts.parse(text).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			throw new ClientRuleException("compensation", "complaint.compensationInvalid");
		}
	}

}
