package com.custodia.complaints.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.custodia.clients.ClientService;
import com.custodia.complaints.ComplaintReport;
import com.custodia.security.CurrentUser;
import com.custodia.web.ReportPeriod;
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

/** The complaints report for a period (the last twelve months unless asked), on screen with charts and as CSV. */
@Controller
class ComplaintReportController {

	private final ComplaintReport report;

	private final ClientService clients;

	private final MessageSource messages;

	private final com.custodia.audit.AuditTrail audit;

	ComplaintReportController(ComplaintReport report, ClientService clients, MessageSource messages,
			com.custodia.audit.AuditTrail audit) {
		this.audit = audit;
		this.report = report;
		this.clients = clients;
		this.messages = messages;
	}

	@GetMapping("/complaints/report")
	String page(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "from", required = false) String fromText,
			@RequestParam(name = "to", required = false) String toText, Model model) {
		model.addAttribute("figures", figures(user, fromText, toText));
		return "complaints/report";
	}

	@GetMapping("/complaints/report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "from", required = false) String fromText,
			@RequestParam(name = "to", required = false) String toText, Locale locale) {
		ComplaintReport.Figures figures = figures(user, fromText, toText);
		// Figures about clients leaving the system: every download is on record.
		this.audit.record(com.custodia.audit.AuditEntry.of("COMPLAINT_REPORT_EXPORTED").target("COMPLAINT_REPORT", null)
			.detail(figures.from() + ".." + figures.to()));
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (CSVPrinter csv = SpreadsheetCsv.open(out, text("complaint.report.csv.section", locale),
				text("complaint.report.csv.item", locale), text("complaint.report.csv.value", locale))) {
			csv.printRecord(text("complaint.report.received", locale), "", figures.received());
			rows(csv, text("complaint.category", locale), figures.byCategory(), "complaint.category.", locale);
			rows(csv, text("complaint.channel", locale), figures.byChannel(), "complaint.channel.", locale);
			rows(csv, text("complaint.finding", locale), figures.byFinding(), "complaint.finding.", locale);
			rows(csv, text("complaint.report.month", locale), figures.byMonth(), null, locale);
			rows(csv, text("complaint.satisfaction", locale), figures.bySatisfaction(), "complaint.satisfaction.", locale);
			csv.printRecord(text("complaint.report.averageDays", locale), "", figures.averageDays());
			csv.printRecord(text("complaint.report.longestDays", locale), "", figures.longestDays());
			csv.printRecord(text("complaint.report.within15", locale), "", figures.shareWithin15());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"complaints-" + figures.from() + "-"
					+ figures.to() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(out.toByteArray());
	}

	private ComplaintReport.Figures figures(CurrentUser user, String from, String to) {
		ReportPeriod period = ReportPeriod.of(from, to, this.clients.today(), 12);
		return this.report.of(user, period.from(), period.to());
	}

	private void rows(CSVPrinter csv, String section, Map<String, Long> counts, String prefix, Locale locale)
			throws IOException {
		for (Map.Entry<String, Long> entry : counts.entrySet()) {
			csv.printRecord(section, (prefix != null) ? text(prefix + entry.getKey(), locale) : entry.getKey(),
					entry.getValue());
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
