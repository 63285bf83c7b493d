package com.custodia.tiering.web;

import java.util.Locale;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.tiering.ServiceReport;
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
 * The service report for a period (the last three months unless asked), for the reader's scope or one team or RM in
 * it: on screen, as CSV and as PDF; downloads are audited.
 */
@Controller
class ServiceReportController {

	private final ServiceReport report;

	private final ClientService clients;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final ReportPdf pdf;

	ServiceReportController(ServiceReport report, ClientService clients, MessageSource messages,
			AuditTrail audit, ReportPdf pdf) {
		this.report = report;
		this.clients = clients;
		this.messages = messages;
		this.audit = audit;
		this.pdf = pdf;
	}

	@GetMapping("/tiering/report")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, BookFilter book, Locale locale, Model model) {
		model.addAttribute("figures", figures(user, book, from, to, locale));
		return "tiering/report";
	}

	/** One row per RM: the team, the RM and their figures; a team's totals are the item "team total". */
	@GetMapping("/tiering/report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, BookFilter book, Locale locale) {
		ServiceReport.Figures figures = figures(user, book, from, to, locale);
		recordDownload("csv", figures, book);
		ReportCsv csv = ReportCsv.of(this.messages, locale).covering(book.description());
		String noTeam = this.messages.getMessage("tiering.report.noTeam", null, locale);
		String teamTotal = this.messages.getMessage("tiering.report.teamTotal", null, locale);
		for (ServiceReport.Team line : figures.teams()) {
			String teamName = (line.name() != null) ? line.name() : noTeam;
			lines(csv, teamName + " · " + teamTotal, line.total());
			line.lines().forEach((rmLine) -> lines(csv, teamName + " · " + rmLine.owner(), rmLine));
		}
		return csv.download("service-" + figures.from() + "-" + figures.to() + ".csv");
	}

	@GetMapping("/tiering/report.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, BookFilter book, Locale locale) {
		ServiceReport.Figures figures = figures(user, book, from, to, locale);
		recordDownload("pdf", figures, book);
		return this.pdf.download("service-" + figures.from() + "-" + figures.to() + ".pdf", "tiering.report.title",
				"tiering/report-body", figures, figures.from(), figures.to(), book.description(), user.displayName(),
				locale);
	}

	private static void lines(ReportCsv csv, String item, ServiceReport.Line line) {
		csv.figure("tiering.report.clients", item, line.clients())
			.figure("tiering.report.contacts", item, line.contacts())
			.figure("tiering.standing.OVERDUE", item, line.overdue())
			.figure("tiering.standing.DUE_SOON", item, line.dueSoon());
	}

	private ServiceReport.Figures figures(CurrentUser user, BookFilter book, String from, String to, Locale locale) {
		ReportPeriod period = ReportPeriod.of(from, to, this.clients.today(), 3);
		return this.report.of(user, book, period.from(), period.to(), locale);
	}

	private void recordDownload(String format, ServiceReport.Figures figures, BookFilter book) {
		this.audit.record(AuditEntry.of("SERVICE_REPORT_EXPORTED").target("SERVICE_REPORT", null)
			.detail((format + " " + figures.from() + ".." + figures.to() + " " + book.description()).strip()));
	}

	/** The service report on the reports page. */
	@Bean
	static ReportLink serviceReportLink() {
		return new ReportLink(Permission.REPORT_SERVICE, "tiering.report.title", "tiering.report.intro", "/tiering/report");
	}

}
