package com.custodia.clients.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.custodia.web.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How import files are read: headers in two languages, encodings, and rejection reasons kept for the report. */
class ImportFormatTests {

	@Test
	void importHeadersAreKnownInEnglishAndChinese() {
		assertThat(ImportColumn.forHeader("Birth date")).contains(ImportColumn.BIRTH_DATE);
		assertThat(ImportColumn.forHeader("birth_date")).contains(ImportColumn.BIRTH_DATE);
		assertThat(ImportColumn.forHeader("出生日期（年月日）")).contains(ImportColumn.BIRTH_DATE);
		assertThat(ImportColumn.forHeader("\uFEFF类型")).contains(ImportColumn.KIND);
		assertThat(ImportColumn.forHeader("shoe size")).isEmpty();
	}

	@Test
	void importFilesAreReadAsUtf8OrElseAsChineseExcelCsv() {
		assertThat(ClientImports.charsetOf("类型,姓名".getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
		assertThat(ClientImports.charsetOf("类型,姓名".getBytes(Charset.forName("GB18030")))).isEqualTo(Charset.forName("GB18030"));
		assertThat(ImportRowReaderRoundTrip.reasons()).isEqualTo("idNumber=client.idNumber.checkDigit\nownerId=client.import.unknownOwner|zhang");
	}

	/** The rejection reasons survive being stored and read back. */
	static final class ImportRowReaderRoundTrip {

		static String reasons() {
			List<FieldProblem> problems = List.of(new FieldProblem("idNumber", "client.idNumber.checkDigit"),
					new FieldProblem("ownerId", "client.import.unknownOwner", "zhang"));
			String stored = ClientImportJob.formatReasons(problems);
			assertThat(ClientImportJob.parseReasons(stored)).isEqualTo(problems);
			return stored;
		}

	}

}
