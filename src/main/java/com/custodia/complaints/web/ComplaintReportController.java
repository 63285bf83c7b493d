package com.custodia.complaints.web;

import java.util.Locale;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientService;
import com.custodia.complaints.ComplaintReport;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.ReportCsv;
import com.custodia.web.ReportLink;
import com.custodia.web.ReportPeriod;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
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

	private final AuditTrail audit;

	ComplaintReportController(ComplaintReport report, ClientService clients, MessageSource messages,
			AuditTrail audit) {
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
		this.audit.record(AuditEntry.of("COMPLAINT_REPORT_EXPORTED").target("COMPLAINT_REPORT", null)
			.detail(figures.from() + ".." + figures.to()));
		return ReportCsv.of(this.messages, locale)
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

	private ComplaintReport.Figures figures(CurrentUser user, String from, String to) {
		ReportPeriod period = ReportPeriod.of(from, to, this.clients.today(), 12);
		return this.report.of(user, period.from(), period.to());
	}

	/** The complaints report on the reports page. */
	@Bean
	static ReportLink complaintReportLink() {
		return new ReportLink(Permission.REPORT_COMPLAINTS, "complaint.report.title", "complaint.report.intro",
				"/complaints/report");
	}

}
