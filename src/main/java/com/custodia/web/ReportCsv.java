package com.custodia.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;

/**
 * A report's figures as a spreadsheet of three columns, section, item and value, in the reader's language: the shape
 * every report download shares, so that a report names its figures and nothing else. Reports are a few hundred rows at
 * most, so the file is built in memory.
 */
public final class ReportCsv {

	private final MessageSource messages;

	private final Locale locale;

	private final String valueHeaderKey;

	private final List<Object[]> rows = new ArrayList<>();

	private ReportCsv(MessageSource messages, Locale locale, String valueHeaderKey) {
		this.messages = messages;
		this.locale = locale;
		this.valueHeaderKey = valueHeaderKey;
	}

	/** Figures whose values are counts or shares ("Value"). */
	public static ReportCsv of(MessageSource messages, Locale locale) {
		return new ReportCsv(messages, locale, "reports.csv.value");
	}

	/** Figures whose values are of one kind the header should name, such as amounts in CNY. */
	public static ReportCsv of(MessageSource messages, Locale locale, String valueHeaderKey) {
		return new ReportCsv(messages, locale, valueHeaderKey);
	}

	/** The team and RM the figures cover, as the first row, when the report was narrowed to them. */
	public ReportCsv covering(String description) {
		return (description == null || description.isEmpty()) ? this : figure("reports.book", description, "");
	}

	/** One figure of its own: the section (a message key) and its value, with no item. */
	public ReportCsv figure(String sectionKey, Object value) {
		return figure(sectionKey, "", value);
	}

	/** One figure: the section (a message key), the item as it is and the value. */
	public ReportCsv figure(String sectionKey, Object item, Object value) {
		this.rows.add(new Object[] { text(sectionKey), SpreadsheetCsv.cell(String.valueOf(item)), value });
		return this;
	}

	/**
	 * A breakdown: one row per entry, in the map's order. Each key is translated as {@code itemPrefix + key}, or
	 * written as it is when there is no prefix (names, months); an empty key (nothing recorded) is a dash.
	 */
	public ReportCsv breakdown(String sectionKey, Map<String, ?> values, String itemPrefix) {
		String section = text(sectionKey);
		values.forEach((key, value) -> {
			String item = key.isEmpty() ? "—" : (itemPrefix != null) ? text(itemPrefix + key) : key;
			this.rows.add(new Object[] { section, SpreadsheetCsv.cell(item), value });
		});
		return this;
	}

	/** The file, which the browser saves under the given name. */
	public ResponseEntity<byte[]> download(String fileName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter csv = SpreadsheetCsv.open(out, text("reports.csv.section"), text("reports.csv.item"),
				text(this.valueHeaderKey))) {
			for (Object[] row : this.rows) {
				csv.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return SpreadsheetCsv.attachment(fileName).body(out.toByteArray());
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

}
