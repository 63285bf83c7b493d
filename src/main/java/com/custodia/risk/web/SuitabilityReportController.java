package com.custodia.risk.web;

import java.util.Locale;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientService;
import com.custodia.risk.SuitabilityReport;
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
		ReportPeriod period = period(from, to);
		model.addAttribute("figures", this.report.of(user, period.from(), period.to()));
		return "risk/suitability-report";
	}

	@GetMapping("/risk/report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		ReportPeriod period = period(from, to);
		SuitabilityReport.Figures figures = this.report.of(user, period.from(), period.to());
		this.audit.record(AuditEntry.of("SUITABILITY_REPORT_EXPORTED").target("SUITABILITY_REPORT", null)
			.detail(period.from() + ".." + period.to()));
		return ReportCsv.of(this.messages, locale)
			.figure("suitability.report.recommendations", figures.recommendations())
			.breakdown("suitability.report.byVerdict", figures.mismatchesByVerdict(), "risk.verdict.")
			.breakdown("suitability.report.byOutcome", figures.exceptionsByOutcome(), "risk.review.status.")
			.figure("suitability.report.clientsWithMismatch", figures.clientsWithMismatch())
			.figure("suitability.report.expiredNow", figures.expiredNow())
			.download("suitability-" + period.from() + "-" + period.to() + ".csv");
	}

	private ReportPeriod period(String from, String to) {
		return ReportPeriod.of(from, to, this.clients.today(), 12);
	}

	/** The suitability report on the reports page. */
	@Bean
	static ReportLink suitabilityReportLink() {
		return new ReportLink(Permission.REPORT_SUITABILITY, "suitability.report.title", "suitability.report.intro",
				"/risk/report");
	}

}
