package com.custodia.clients;

/**
 * How a client's sensitive fields read for someone who may not see them: an 18-character ID number keeps its first
 * and last four characters ({@code 1101**********1234}), a shorter one its first character and last two
 * ({@code E******78}), a mobile number its first three and last four ({@code 138****5678}), an email its first
 * character and domain, an address its first six characters. Pages, lists, exports and the audit trail all use these.
 */
public final class ContactMasking {

	private ContactMasking() {
	}

	/** An 18-character resident ID keeps 4 + 4; a shorter passport or permit number its first character and last two. */
	public static String idNumber(String value) {
		if (value != null && value.length() < 15) {
			return keep(value, 1, 2);
		}
		return keep(value, 4, 4);
	}

	public static String phone(String value) {
		return keep(value, 3, 4);
	}

	public static String email(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		int at = value.indexOf('@');
		return (at <= 0) ? keep(value, 1, 0) : value.charAt(0) + "***" + value.substring(at);
	}

	public static String address(String value) {
		if (value == null) {
			return null;
		}
		int[] codePoints = value.codePoints().toArray();
		return (codePoints.length <= 6) ? "***" : new String(codePoints, 0, 6) + "***";
	}

	private static String keep(String value, int start, int end) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		int[] codePoints = value.codePoints().toArray();
		if (codePoints.length <= start + end) {
			return "*".repeat(codePoints.length);
		}
		StringBuilder masked = new StringBuilder();
		for (int i = 0; i < codePoints.length; i++) {
			if (i < start || i >= codePoints.length - end) {
				masked.appendCodePoint(codePoints[i]);
			}
			else {
				masked.append('*');
			}
		}
		return masked.toString();
	}

}
