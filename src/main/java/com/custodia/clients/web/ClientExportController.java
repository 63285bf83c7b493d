package com.custodia.clients.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.security.CurrentUser;
import com.custodia.web.DisplayZone;
import com.custodia.web.SpreadsheetCsv;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The client list as CSV: the same scope, search, filters and order as the page, masked as the user's permissions
 * require (the ID number always), in the user's language, audited.
 */
@Controller
@PreAuthorize("hasAuthority('CLIENT_READ') and hasAuthority('CLIENT_EXPORT')")
class ClientExportController {

	static final int EXPORT_LIMIT = 1_000_000;

	private static final String[] COLUMNS = { "code", "name", "kind", "segment", "status", "owner", "mobilePhone",
			"email", "address", "idType", "idNumber", "creditCode", "financialAssets", "professional", "createdAt" };

	private final ClientService clients;

	private final MessageSource messages;

	private final DisplayZone zone;

	ClientExportController(ClientService clients, MessageSource messages, DisplayZone zone) {
		this.clients = clients;
		this.messages = messages;
		this.zone = zone;
	}

	@GetMapping("/clients/export.csv")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("filter") ClientFilterForm filter, Locale locale) {
		this.clients.recordExport(user, filter.describe());
		String[] header = java.util.Arrays.stream(COLUMNS)
			.map((column) -> this.messages.getMessage("client.field." + column, null, locale))
			.toArray(String[]::new);
		StreamingResponseBody body = (output) -> {
			try (CSVPrinter csv = SpreadsheetCsv.open(output, header)) {
				this.clients.forEach(user, filter.toSearch(), ClientController.sortOf(filter.getSort()), EXPORT_LIMIT,
						(client) -> print(csv, client, locale));
			}
		};
		return SpreadsheetCsv.attachment("custodia-clients-" + this.clients.today() + ".csv").body(body);
	}

	private void print(CSVPrinter csv, ClientView c, Locale locale) {
		try {
			csv.printRecord(SpreadsheetCsv.cell(c.code()), SpreadsheetCsv.cell(c.name()), label(c.kind().messageKey(), locale),
					label(c.segment().messageKey(), locale), label(c.status().messageKey(), locale),
					SpreadsheetCsv.cell(c.ownerName()), SpreadsheetCsv.cell(c.mobilePhone()), SpreadsheetCsv.cell(c.email()),
					SpreadsheetCsv.cell(c.address()), (c.idType() != null) ? label(c.idType().messageKey(), locale) : null,
					SpreadsheetCsv.cell(c.idNumber()), SpreadsheetCsv.cell(c.creditCode()), plain(c.financialAssets()),
					c.professional() ? label(c.professionalBasis().messageKey(), locale) : label("client.professional.false", locale),
					DateTimeFormatter.ISO_LOCAL_DATE.format(this.zone.at(c.createdAt())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString() : null;
	}

}
