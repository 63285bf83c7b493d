package com.custodia.ledger.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientService;
import com.custodia.ledger.PropertyReport;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;
import com.custodia.web.PdfDocuments;
import com.custodia.web.ReportCsv;
import com.custodia.web.ReportLink;
import com.custodia.web.ReportPeriod;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
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

	private final Clock clock;

	private final DisplayZone zone;

	PropertyReportController(PropertyReport report, ClientService clients, MessageSource messages, AuditTrail audit,
			PdfDocuments pdf, Clock clock, DisplayZone zone) {
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
		return ReportCsv.of(this.messages, locale, "ledger.report.csv.value")
			.figure("ledger.report.total", figures.on(), figures.total())
			.breakdown("client.field.tier", figures.byTier(), "tier.")
			.breakdown("ledger.property.type", figures.byType(), "ledger.propertyType.")
			.breakdown("ledger.property.custodian", figures.byCustodian(), null)
			.breakdown("ledger.report.currency", figures.byCurrency(), null)
			.breakdown("ledger.report.differences", figures.differences(), "ledger.report.resolution.")
			.download("property-" + figures.on() + ".csv");
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

	/** The property report on the reports page. */
	@Bean
	static ReportLink propertyReportLink() {
		return new ReportLink(Permission.REPORT_PROPERTY, "ledger.report.title", "ledger.report.intro", "/ledger/report");
	}

}
