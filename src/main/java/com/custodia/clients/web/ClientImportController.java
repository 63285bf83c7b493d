package com.custodia.clients.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.custodia.web.FormBinding;
import com.custodia.clients.imports.ClientImports;
import com.custodia.clients.ClientRuleException;
import com.custodia.web.FieldProblem;
import com.custodia.security.CurrentUser;
import com.custodia.web.SpreadsheetCsv;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Importing clients from CSV: upload, a progress bar while it runs, then the report of rejected rows. */
@Controller
@RequestMapping("/clients/import")
@PreAuthorize("hasAuthority('CLIENT_READ') and hasAuthority('CLIENT_IMPORT')")
class ClientImportController {

	/** A rejected row as the report shows it, reasons in the reader's language. */
	record RejectedRow(int rowNumber, List<String> reasons, String line) {
	}

	private final ClientImports imports;

	private final MessageSource messages;

	ClientImportController(ClientImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("recent", this.imports.recent(user));
		return "clients/import";
	}

	@PostMapping
	String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		try {
			if (file != null && file.getSize() > ClientImports.MAX_BYTES) {
				throw new ClientRuleException("file", "client.import.tooLarge");
			}
			long id = this.imports.start(user, (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getBytes() : null);
			this.imports.run(user, id);
			return "redirect:/clients/import/" + id;
		}
		catch (ClientRuleException ex) {
			model.addAttribute("uploadErrors", ex.problems().stream().map(FieldProblem::messageKey).toList());
			return page(user, model);
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale, Model model) {
		ClientImports.ImportView job = this.imports.get(user, id);
		model.addAttribute("job", job);
		model.addAttribute("rejections", this.imports.rejections(user, id, 0, 100).stream()
			.map((rejection) -> new RejectedRow(rejection.rowNumber(), reasons(rejection.reasons(), locale), rejection.line()))
			.toList());
		return "clients/import-status";
	}

	@GetMapping("/{id}/progress")
	String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		ClientImports.ImportView job = this.imports.get(user, id);
		if (!job.status().isRunning()) {
			// Finished: htmx loads the whole page, with the report.
			response.setHeader("HX-Redirect", "/clients/import/" + id);
		}
		model.addAttribute("job", job);
		return "clients/import-status :: progress";
	}

	@GetMapping("/{id}/rejections.csv")
	ResponseEntity<StreamingResponseBody> rejections(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			Locale locale) {
		this.imports.get(user, id);
		StreamingResponseBody body = (output) -> {
			try (CSVPrinter csv = SpreadsheetCsv.open(output, label("client.import.report.row", locale),
					label("client.import.report.reasons", locale), label("client.import.report.line", locale))) {
				this.imports.forEachRejection(user, id, (rejection) -> {
					try {
						csv.printRecord(rejection.rowNumber(), String.join("; ", reasons(rejection.reasons(), locale)),
								SpreadsheetCsv.cell(rejection.line()));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
		};
		return SpreadsheetCsv.attachment("custodia-import-" + id + "-rejected.csv").body(body);
	}

	/** The header row only, in the user's language: sample rows would be imported as real clients if left in. */
	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template(Locale locale) {
		byte[] text = ("\uFEFF" + com.custodia.clients.imports.ImportColumn.templateHeader(locale) + "\r\n").getBytes(StandardCharsets.UTF_8);
		return SpreadsheetCsv.attachment("custodia-clients-template.csv").body(text);
	}

	private List<String> reasons(List<FieldProblem> problems, Locale locale) {
		return problems.stream().map((problem) -> {
			Object[] arguments = FormBinding.arguments(problem);
			String field = this.messages.getMessage("client.field." + problem.field(), null, problem.field(), locale);
			String reason = this.messages.getMessage(problem.messageKey(), arguments, problem.messageKey(), locale);
			return this.messages.getMessage("client.import.reason", new Object[] { field, reason }, locale);
		}).toList();
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
