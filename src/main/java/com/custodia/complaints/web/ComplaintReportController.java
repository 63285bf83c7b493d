package com.custodia.complaints.web;

import java.util.Locale;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientService;
import com.custodia.complaints.ComplaintReport;
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
 * The complaints report for a period (the last twelve months unless asked), for the reader's scope or one team or RM
 * in it: on screen with charts, as CSV and as PDF; downloads are audited.
 */
@Controller
class ComplaintReportController {

	private final ComplaintReport report;

	private final ClientService clients;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final ReportPdf pdf;

	ComplaintReportController(ComplaintReport report, ClientService clients, MessageSource messages,
			AuditTrail audit, ReportPdf pdf) {
		this.report = report;
		this.clients = clients;
		this.messages = messages;
		this.audit = audit;
		this.pdf = pdf;
	}

	@GetMapping("/complaints/report")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, BookFilter book, Model model) {
		model.addAttribute("figures", figures(user, book, from, to));
		return "complaints/report";
	}

	@GetMapping("/complaints/report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, BookFilter book, Locale locale) {
		ComplaintReport.Figures figures = figures(user, book, from, to);
		recordDownload("csv", figures, book);
		return ReportCsv.of(this.messages, locale)
			.covering(book.description())
			.figure("complaint.report.received", figures.received())
			.breakdown("complaint.category", figures.byCategory(), "complaint.category.")
			.breakdown("complaint.channel", figures.byChannel(), "complaint.channel.")
			.breakdown("complaint.finding", figures.byFinding(), "complaint.finding.")
			.breakdown("complaint.report.month", figures.byMonth(), null)
			.breakdown("complaint.satisfaction", figures.bySatisfaction(), "complaint.satisfaction.")
			.figure("complaint.report.averageDays", figures.averageDays())
			.figure("complaint.report.longestDays", figures.longestDays())
			.figure("complaint.report.within15", figures.shareWithin15())
			.download("complaints-" + figures.from() + "-" + figures.to() + ".csv");
	}

	@GetMapping("/complaints/report.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, BookFilter book, Locale locale) {
		ComplaintReport.Figures figures = figures(user, book, from, to);
		recordDownload("pdf", figures, book);
		return this.pdf.download("complaints-" + figures.from() + "-" + figures.to() + ".pdf", "complaint.report.title",
				"complaints/report-body", figures, figures.from(), figures.to(), book.description(), user.displayName(),
				locale);
	}

	private ComplaintReport.Figures figures(CurrentUser user, BookFilter book, String from, String to) {
		ReportPeriod period = ReportPeriod.of(from, to, this.clients.today(), 12);
		return this.report.of(user, book, period.from(), period.to());
	}

	// Figures about clients leaving the system: every download is on record.
	private void recordDownload(String format, ComplaintReport.Figures figures, BookFilter book) {
		this.audit.record(AuditEntry.of("COMPLAINT_REPORT_EXPORTED").target("COMPLAINT_REPORT", null)
			.detail((format + " " + figures.from() + ".." + figures.to() + " " + book.description()).strip()));
	}

	/** The complaints report on the reports page. */
	@Bean
	static ReportLink complaintReportLink() {
		return new ReportLink(Permission.REPORT_COMPLAINTS, "complaint.report.title", "complaint.report.intro",
				"/complaints/report");
	}

}
