package com.custodia.tiering.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.tiering.ServiceReport;
import com.custodia.web.ReportLink;
import com.custodia.web.ReportPeriod;
import com.custodia.web.SpreadsheetCsv;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service report for a period (the last three months unless asked), on screen and as CSV (audited). */
@Controller
class ServiceReportController {

	private final ServiceReport report;

	private final ClientService clients;

	private final MessageSource messages;

	private final AuditTrail audit;

	ServiceReportController(ServiceReport report, ClientService clients, MessageSource messages, AuditTrail audit) {
		this.report = report;
		this.clients = clients;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/tiering/report")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		ReportPeriod period = period(from, to);
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("lines", this.report.of(user, period.from(), period.to()));
		return "tiering/report";
	}

	@GetMapping("/tiering/report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		ReportPeriod period = period(from, to);
		List<ServiceReport.Line> lines = this.report.of(user, period.from(), period.to());
		this.audit.record(AuditEntry.of("SERVICE_REPORT_EXPORTED").target("SERVICE_REPORT", null)
			.detail(period.from() + ".." + period.to()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter csv = SpreadsheetCsv.open(out, text("client.field.owner", locale), text("tiering.report.clients",
				locale), text("tiering.report.contacts", locale), text("tiering.standing.OVERDUE", locale),
				text("tiering.standing.DUE_SOON", locale))) {
			for (ServiceReport.Line line : lines) {
				csv.printRecord(SpreadsheetCsv.cell(line.owner()), line.clients(), line.contacts(), line.overdue(),
						line.dueSoon());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return SpreadsheetCsv.attachment("service-" + period.from() + "-" + period.to() + ".csv").body(out.toByteArray());
	}

	private ReportPeriod period(String from, String to) {
		return ReportPeriod.of(from, to, this.clients.today(), 3);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** The service report on the reports page. */
	@Bean
	static ReportLink serviceReportLink() {
		return new ReportLink(Permission.REPORT_SERVICE, "tiering.report.title", "tiering.report.intro", "/tiering/report");
	}

}
