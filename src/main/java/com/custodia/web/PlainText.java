package com.custodia.web;

/**
 * Text as Custodia stores it: without control characters other than tab and line breaks. PostgreSQL refuses a NUL in
 * text, and the others are never meant; request parameters and imported files both pass through here.
 */
public final class PlainText {

	private PlainText() {
	}

	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
			}
		}
		return value;
	}

}
