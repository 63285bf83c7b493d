package com.custodia.ledger.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.ledger.Statement;
import com.custodia.ledger.Statements;
import com.custodia.security.CurrentUser;
import com.custodia.web.DisplayZone;
import com.custodia.web.FieldProblem;
import com.custodia.web.PdfDocuments;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** A client's statement for a period, on screen and as PDF. The period defaults to the last month. */
@Controller
@PreAuthorize("hasAuthority('STATEMENT_READ')")
class StatementController {

	private final Statements statements;

	private final ClientService clients;

	private final PdfDocuments pdf;

	private final DisplayZone zone;

	StatementController(Statements statements, ClientService clients, PdfDocuments pdf, DisplayZone zone) {
		this.statements = statements;
		this.clients = clients;
		this.pdf = pdf;
		this.zone = zone;
	}

	@GetMapping("/clients/{id}/statements")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate today = this.clients.today();
		LocalDate until = (to != null) ? to : today;
		LocalDate since = (from != null) ? from : until.minusMonths(1).plusDays(1);
		model.addAttribute("client", this.clients.get(user, id));
		model.addAttribute("tab", "property");
		model.addAttribute("from", since);
		model.addAttribute("to", until);
		try {
			model.addAttribute("statement", this.statements.of(user, id, since, until));
		}
		catch (ClientRuleException ex) {
			Map<String, String> problems = new HashMap<>();
			for (FieldProblem problem : ex.problems()) {
				problems.putIfAbsent(problem.field(), problem.messageKey());
			}
			model.addAttribute("problems", problems);
		}
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
		}
		return "ledger/statement";
	}

	@GetMapping("/clients/{id}/statements.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		Statement statement;
		try {
			statement = this.statements.of(user, id, from, to);
		}
		catch (ClientRuleException ex) {
			// A period the page would refuse: show the page, which says why.
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(UriComponentsBuilder
				.fromPath("/clients/{id}/statements").queryParam("from", from).queryParam("to", to).buildAndExpand(id)
				.toUri()).build();
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("s", statement);
		variables.put("zone", this.zone);
		variables.put("printedBy", user.displayName());
		byte[] document = this.pdf.render("ledger/statement-pdf", variables, locale);
		this.statements.recordDownload(user, statement);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("statement-" + statement.clientCode() + "-" + from + "-" + to + ".pdf").build().toString())
			.body(document);
	}

}
