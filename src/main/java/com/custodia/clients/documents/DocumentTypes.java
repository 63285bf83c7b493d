package com.custodia.clients.documents;

import java.util.Optional;

/**
 * Which kind of file the bytes are, judged by their signature, not by the name a user gave them: PDF, JPEG or PNG,
 * the only documents the archive keeps.
 */
public final class DocumentTypes {

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private DocumentTypes() {
	}

	/** The media type of the content, or empty when it is none of the accepted kinds. */
	public static Optional<String> detect(byte[] content) {
		if (startsWith(content, PDF)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, JPEG)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, PNG)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		if (content == null || content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (content[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
