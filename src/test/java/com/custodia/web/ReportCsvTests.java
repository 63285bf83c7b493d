package com.custodia.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader sees on opening a report's CSV in a spreadsheet, in either language. */
class ReportCsvTests {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void aChineseReaderGetsChineseHeadersAndItemsAFileNameAndNothingASpreadsheetWouldRun() {
		Map<String, Long> byCategory = new LinkedHashMap<>();
		byCategory.put("FEES", 3L);
		byCategory.put("", 1L);
		Map<String, Long> byName = Map.of("=HYPERLINK(\"x\")", 2L);
		ResponseEntity<byte[]> response = ReportCsv.of(this.messages, Locale.SIMPLIFIED_CHINESE)
			.figure("complaint.report.received", 4)
			.breakdown("complaint.category", byCategory, "complaint.category.")
			.breakdown("ledger.property.custodian", byName, null)
			.download("complaints-2026-01-01-2026-12-31.csv");

		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"complaints-2026-01-01-2026-12-31.csv\"");
		assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		String text = new String(response.getBody(), StandardCharsets.UTF_8);
		assertThat(text.split("\r\n")).containsExactly("\uFEFF项目,分项,数值", "受理数,,4", "类别,收费,3", "类别,—,1",
				"保管机构,\"'=HYPERLINK(\"\"x\"\")\",2");
	}

	@Test
	void anEnglishReaderGetsTheValueColumnTheReportNames() {
		String text = new String(ReportCsv.of(this.messages, Locale.ENGLISH, "ledger.report.csv.value")
			.figure("ledger.report.total", "2026-11-23", "1000.00")
			.download("property-2026-11-23.csv")
			.getBody(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFSection,Item,Value (CNY)\r\n").contains(",2026-11-23,1000.00");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
