package com.custodia.ledger.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientService;
import com.custodia.ledger.PropertyReport;
import com.custodia.security.CurrentUser;
import com.custodia.web.PdfDocuments;
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

/** The property report at a chosen day (today unless asked): on screen, as CSV and as PDF; downloads are audited. */
@Controller
class PropertyReportController {

	private final PropertyReport report;

	private final ClientService clients;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final PdfDocuments pdf;

	private final java.time.Clock clock;

	private final com.custodia.web.DisplayZone zone;

	PropertyReportController(PropertyReport report, ClientService clients, MessageSource messages, AuditTrail audit,
			PdfDocuments pdf, java.time.Clock clock, com.custodia.web.DisplayZone zone) {
		this.clock = clock;
		this.zone = zone;
		this.report = report;
		this.clients = clients;
		this.messages = messages;
		this.audit = audit;
		this.pdf = pdf;
	}

	@GetMapping("/ledger/report")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String on, Model model) {
		model.addAttribute("figures", this.report.of(user, day(on)));
		return "ledger/report";
	}

	@GetMapping("/ledger/report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String on,
			Locale locale) {
		PropertyReport.Figures figures = this.report.of(user, day(on));
		recordDownload("csv", figures);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter csv = SpreadsheetCsv.open(out, text("ledger.report.csv.section", locale),
				text("ledger.report.csv.item", locale), text("ledger.report.csv.value", locale))) {
			csv.printRecord(text("ledger.report.total", locale), figures.on(), figures.total());
			rows(csv, text("client.field.tier", locale), figures.byTier(), "tier.", locale);
			rows(csv, text("ledger.property.type", locale), figures.byType(), "ledger.propertyType.", locale);
			rows(csv, text("ledger.property.custodian", locale), figures.byCustodian(), null, locale);
			rows(csv, text("ledger.report.currency", locale), figures.byCurrency(), null, locale);
			rows(csv, text("ledger.report.differences", locale), figures.differences(), "ledger.report.resolution.", locale);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"property-" + figures.on() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out.toByteArray());
	}

	@GetMapping("/ledger/report.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String on,
			Locale locale) {
		PropertyReport.Figures figures = this.report.of(user, day(on));
		recordDownload("pdf", figures);
		byte[] document = this.pdf.render("ledger/report-pdf", Map.of("figures", figures, "printedBy", user.displayName(),
				"printedAt", this.clock.instant(), "zone", this.zone), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"property-" + figures.on() + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF).body(document);
	}

	private void recordDownload(String format, PropertyReport.Figures figures) {
		this.audit.record(AuditEntry.of("PROPERTY_REPORT_EXPORTED").target("PROPERTY_REPORT", null)
			.detail(format + " " + figures.on()));
	}

	/** The day asked for, or today; never a day to come. */
	private LocalDate day(String text) {
		LocalDate today = this.clients.today();
		LocalDate day = ReportPeriod.dayOrNull(text);
		return (day == null || day.isAfter(today)) ? today : day;
	}

	private void rows(CSVPrinter csv, String section, Map<String, ?> values, String prefix, Locale locale)
			throws IOException {
		for (Map.Entry<String, ?> entry : values.entrySet()) {
			String key = entry.getKey().isEmpty() ? "—" : entry.getKey();
			csv.printRecord(section, SpreadsheetCsv.cell((prefix != null && !entry.getKey().isEmpty())
					? text(prefix + key, locale) : key), entry.getValue());
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
