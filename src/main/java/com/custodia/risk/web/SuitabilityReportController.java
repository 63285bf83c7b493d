package com.custodia.risk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientService;
import com.custodia.risk.SuitabilityReport;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.ReportLink;
import com.custodia.web.ReportPeriod;
import com.custodia.web.SpreadsheetCsv;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The suitability report for a period (the last twelve months unless asked), on screen and as CSV (audited). */
@Controller
class SuitabilityReportController {

	private final SuitabilityReport report;

	private final ClientService clients;

	private final MessageSource messages;

	private final AuditTrail audit;

	SuitabilityReportController(SuitabilityReport report, ClientService clients, MessageSource messages,
			AuditTrail audit) {
		this.report = report;
		this.clients = clients;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/risk/report")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		ReportPeriod period = ReportPeriod.of(from, to, this.clients.today(), 12);
		model.addAttribute("figures", this.report.of(user, period.from(), period.to()));
		return "risk/suitability-report";
	}

	@GetMapping("/risk/report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		ReportPeriod period = ReportPeriod.of(from, to, this.clients.today(), 12);
		SuitabilityReport.Figures figures = this.report.of(user, period.from(), period.to());
		this.audit.record(AuditEntry.of("SUITABILITY_REPORT_EXPORTED").target("SUITABILITY_REPORT", null)
			.detail(period.from() + ".." + period.to()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter csv = SpreadsheetCsv.open(out, text("complaint.report.csv.section", locale),
				text("complaint.report.csv.item", locale), text("complaint.report.csv.value", locale))) {
			csv.printRecord(text("suitability.report.recommendations", locale), "", figures.recommendations());
			rows(csv, text("suitability.report.byVerdict", locale), figures.mismatchesByVerdict(), "risk.verdict.", locale);
			rows(csv, text("suitability.report.byOutcome", locale), figures.exceptionsByOutcome(), "risk.review.status.", locale);
			csv.printRecord(text("suitability.report.clientsWithMismatch", locale), "", figures.clientsWithMismatch());
			csv.printRecord(text("suitability.report.expiredNow", locale), "", figures.expiredNow());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"suitability-" + period.from() + "-" + period.to()
					+ ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out.toByteArray());
	}

	private void rows(CSVPrinter csv, String section, Map<String, Long> counts, String prefix, Locale locale)
			throws IOException {
		for (Map.Entry<String, Long> entry : counts.entrySet()) {
			csv.printRecord(section, text(prefix + entry.getKey(), locale), entry.getValue());
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** The suitability report on the reports page. */
	@Component
	static class Link implements ReportLink {

		@Override
		public Permission permission() {
			return Permission.REPORT_SUITABILITY;
		}

		@Override
		public String titleKey() {
			return "suitability.report.title";
		}

		@Override
		public String descriptionKey() {
			return "suitability.report.intro";
		}

		@Override
		public String path() {
			return "/risk/report";
		}

	}

}
