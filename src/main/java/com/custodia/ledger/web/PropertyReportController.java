package com.custodia.ledger.web;

import java.time.LocalDate;
import java.util.Locale;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientService;
import com.custodia.ledger.PropertyReport;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.ReportCsv;
import com.custodia.web.ReportLink;
import com.custodia.web.ReportPdf;
import com.custodia.web.ReportPeriod;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The property report at a chosen day (today unless asked), for the reader's scope or one team or RM in it: on screen,
 * as CSV and as PDF; downloads are audited.
 */
@Controller
class PropertyReportController {

	private final PropertyReport report;

	private final ClientService clients;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final ReportPdf pdf;

	PropertyReportController(PropertyReport report, ClientService clients, MessageSource messages,
			AuditTrail audit, ReportPdf pdf) {
		this.report = report;
		this.clients = clients;
		this.messages = messages;
		this.audit = audit;
		this.pdf = pdf;
	}

	@GetMapping("/ledger/report")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String on, BookFilter book,
			Model model) {
		model.addAttribute("figures", this.report.of(user, book, day(on)));
		return "ledger/report";
	}

	@GetMapping("/ledger/report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String on,
			BookFilter book, Locale locale) {
		PropertyReport.Figures figures = this.report.of(user, book, day(on));
		recordDownload("csv", figures, book);
		return ReportCsv.of(this.messages, locale, "ledger.report.csv.value")
			.covering(book.description())
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
			BookFilter book, Locale locale) {
		PropertyReport.Figures figures = this.report.of(user, book, day(on));
		recordDownload("pdf", figures, book);
		return this.pdf.download("property-" + figures.on() + ".pdf", "ledger.report.title", "ledger/report-body",
				figures, null, figures.on(), book.description(), user.displayName(), locale);
	}

	private void recordDownload(String format, PropertyReport.Figures figures, BookFilter book) {
		this.audit.record(AuditEntry.of("PROPERTY_REPORT_EXPORTED").target("PROPERTY_REPORT", null)
			.detail((format + " " + figures.on() + " " + book.description()).strip()));
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
