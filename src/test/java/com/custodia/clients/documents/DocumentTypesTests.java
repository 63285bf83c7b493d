package com.custodia.clients.documents;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the archive accepts as a document, and the names it keeps. */
class DocumentTypesTests {

	@Test
	void documentsAreJudgedByTheirContentNotTheirName() {
		assertThat(DocumentTypes.detect("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
		assertThat(DocumentTypes.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).contains("image/jpeg");
		assertThat(DocumentTypes.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })).contains("image/png");
		assertThat(DocumentTypes.detect("MZ executable".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(DocumentTypes.detect(new byte[0])).isEmpty();
		assertThat(ClientDocuments.cleanName("C:\\Users\\wang\\合同.pdf", "application/pdf")).isEqualTo("合同.pdf");
		assertThat(ClientDocuments.cleanName("../../etc/passwd", "image/png")).isEqualTo("passwd");
	}

}
