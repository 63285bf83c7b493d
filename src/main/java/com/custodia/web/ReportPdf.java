package com.custodia.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A report printed as PDF: one layout for every report (the firm, who printed it and when, the title, the period or
 * day, the team and RM it covers), around the body fragment the report's page shows too, so screen and paper never
 * disagree. The body is a template with a fragment {@code reportBody(f)} written as well-formed XHTML.
 */
@Component
public class ReportPdf {

	private final PdfDocuments pdf;

	private final Clock clock;

	private final DisplayZone zone;

	ReportPdf(PdfDocuments pdf, Clock clock, DisplayZone zone) {
		this.pdf = pdf;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * The download. {@code from} is {@code null} for a report at a day ({@code to}); {@code covers} names the team and
	 * RM, or is empty for the reader's whole scope.
	 */
	public ResponseEntity<byte[]> download(String fileName, String titleKey, String bodyTemplate, Object figures,
			LocalDate from, LocalDate to, String covers, String printedBy, Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("titleKey", titleKey);
		variables.put("bodyTemplate", bodyTemplate);
		variables.put("figures", figures);
		variables.put("from", from);
		variables.put("to", to);
		variables.put("covers", covers);
		variables.put("printedBy", printedBy);
		variables.put("printedAt", this.zone.at(this.clock.instant()));
		byte[] document = this.pdf.render("report-pdf", variables, locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(document);
	}

}
