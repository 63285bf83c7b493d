package com.custodia.tiering.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;
import com.custodia.tiering.ServiceReport;
import com.custodia.web.SpreadsheetCsv;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service report for a period (the last three months unless asked), on screen and as CSV (audited). */
@Controller
class ServiceReportController {

	private final ServiceReport report;

	private final ClientService clients;

	private final MessageSource messages;

	private final AuditTrail audit;

	ServiceReportController(ServiceReport report, ClientService clients, MessageSource messages, AuditTrail audit) {
		this.report = report;
		this.clients = clients;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/tiering/report")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		LocalDate[] period = period(from, to);
		model.addAttribute("from", period[0]);
		model.addAttribute("to", period[1]);
		model.addAttribute("lines", this.report.of(user, period[0], period[1]));
		return "tiering/report";
	}

	@GetMapping("/tiering/report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		LocalDate[] period = period(from, to);
		List<ServiceReport.Line> lines = this.report.of(user, period[0], period[1]);
		this.audit.record(AuditEntry.of("SERVICE_REPORT_EXPORTED").target("SERVICE_REPORT", null)
			.detail(period[0] + ".." + period[1]));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter csv = SpreadsheetCsv.open(out, text("client.field.owner", locale), text("tiering.report.clients",
				locale), text("tiering.report.contacts", locale), text("tiering.standing.OVERDUE", locale),
				text("tiering.standing.DUE_SOON", locale))) {
			for (ServiceReport.Line line : lines) {
				csv.printRecord(SpreadsheetCsv.cell(line.owner()), line.clients(), line.contacts(), line.overdue(),
						line.dueSoon());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"service-" + period[0] + "-" + period[1]
					+ ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out.toByteArray());
	}

	private LocalDate[] period(String from, String to) {
		LocalDate today = this.clients.today();
		LocalDate end = parse(to, today);
		LocalDate start = parse(from, end.minusMonths(3).plusDays(1));
		return start.isAfter(end) ? new LocalDate[] { end, start } : new LocalDate[] { start, end };
	}

	private static LocalDate parse(String text, LocalDate otherwise) {
		try {
			return (text == null || text.isBlank()) ? otherwise : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return otherwise;
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
