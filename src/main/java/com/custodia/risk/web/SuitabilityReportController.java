package com.custodia.risk.web;

import java.util.Locale;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientService;
import com.custodia.risk.SuitabilityReport;
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
 * The suitability report for a period (the last twelve months unless asked), for the reader's scope or one team or RM
 * in it: on screen, as CSV and as PDF; downloads are audited.
 */
@Controller
class SuitabilityReportController {

	private final SuitabilityReport report;

	private final ClientService clients;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final ReportPdf pdf;

	SuitabilityReportController(SuitabilityReport report, ClientService clients,
			MessageSource messages, AuditTrail audit, ReportPdf pdf) {
		this.report = report;
		this.clients = clients;
		this.messages = messages;
		this.audit = audit;
		this.pdf = pdf;
	}

	@GetMapping("/risk/report")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, BookFilter book, Model model) {
		model.addAttribute("figures", figures(user, book, from, to));
		return "risk/suitability-report";
	}

	@GetMapping("/risk/report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, BookFilter book, Locale locale) {
		SuitabilityReport.Figures figures = figures(user, book, from, to);
		recordDownload("csv", figures, book);
		return ReportCsv.of(this.messages, locale)
			.covering(book.description())
			.figure("suitability.report.recommendations", figures.recommendations())
			.breakdown("suitability.report.byVerdict", figures.mismatchesByVerdict(), "risk.verdict.")
			.breakdown("suitability.report.byOutcome", figures.exceptionsByOutcome(), "risk.review.status.")
			.figure("suitability.report.clientsWithMismatch", figures.clientsWithMismatch())
			.figure("suitability.report.holdingAboveLevel", figures.holdingAboveLevel())
			.figure("suitability.report.expiredNow", figures.expiredNow())
			.download("suitability-" + figures.from() + "-" + figures.to() + ".csv");
	}

	@GetMapping("/risk/report.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, BookFilter book, Locale locale) {
		SuitabilityReport.Figures figures = figures(user, book, from, to);
		recordDownload("pdf", figures, book);
		return this.pdf.download("suitability-" + figures.from() + "-" + figures.to() + ".pdf",
				"suitability.report.title", "risk/suitability-report-body", figures, figures.from(), figures.to(),
				book.description(), user.displayName(), locale);
	}

	private SuitabilityReport.Figures figures(CurrentUser user, BookFilter book, String from, String to) {
		ReportPeriod period = ReportPeriod.of(from, to, this.clients.today(), 12);
		return this.report.of(user, book, period.from(), period.to());
	}

	private void recordDownload(String format, SuitabilityReport.Figures figures, BookFilter book) {
		this.audit.record(AuditEntry.of("SUITABILITY_REPORT_EXPORTED").target("SUITABILITY_REPORT", null)
			.detail((format + " " + figures.from() + ".." + figures.to() + " " + book.description()).strip()));
	}

	/** The suitability report on the reports page. */
	@Bean
	static ReportLink suitabilityReportLink() {
		return new ReportLink(Permission.REPORT_SUITABILITY, "suitability.report.title", "suitability.report.intro",
				"/risk/report");
	}

}
