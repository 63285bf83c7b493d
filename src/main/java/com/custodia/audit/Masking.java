package com.custodia.audit;

/**
 * Masks a sensitive value (an ID number, phone, email or address) so that the trail shows that it changed, and
 * enough to tell values apart, without showing the value: a few first and last characters stay, the rest is starred.
 */
public final class Masking {

	private Masking() {
	}

	public static String mask(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		int[] codePoints = value.codePoints().toArray();
		int n = codePoints.length;
		// Long values (phones, ID numbers, addresses) keep 3 + 4, like 138****5678; short ones almost nothing.
		int keepStart = (n >= 7) ? 3 : (n >= 5) ? 1 : 0;
		int keepEnd = (n >= 7) ? 4 : 1;
		StringBuilder masked = new StringBuilder();
		for (int i = 0; i < n; i++) {
			if (i < keepStart || i >= n - keepEnd) {
				masked.appendCodePoint(codePoints[i]);
			}
			else {
				masked.append('*');
			}
		}
		return masked.toString();
	}

}
