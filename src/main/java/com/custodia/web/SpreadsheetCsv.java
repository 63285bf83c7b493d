package com.custodia.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV that opens correctly in Excel and WPS: UTF-8 with a byte-order mark (so Chinese is not garbled), Excel's
 * dialect, and text that a spreadsheet would run as a formula neutralised.
 */
public final class SpreadsheetCsv {

	private SpreadsheetCsv() {
	}

	/** A printer writing the BOM and then the header row. */
	public static CSVPrinter open(OutputStream output, String... header) throws IOException {
		Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		return new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(header).get());
	}

	/** A response the browser saves as a UTF-8 CSV file of the given name; the caller adds the body. */
	public static ResponseEntity.BodyBuilder attachment(String fileName) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	/**
	 * Text that a spreadsheet would take for a formula (typed, for example, as a username on the login page) is
	 * prefixed with an apostrophe, so Excel shows it as text instead of running it.
	 */
	public static String cell(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
