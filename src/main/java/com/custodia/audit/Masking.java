package com.custodia.audit;

/**
 * Masks a sensitive value (an ID number, phone, email or address) so that the trail shows that it changed, and
 * enough to tell values apart, without showing the value: the first and last characters stay, the rest is starred.
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
		int keepStart = (n <= 4) ? 0 : Math.min(3, n / 4);
		int keepEnd = (n <= 4) ? 1 : Math.min(4, n / 4);
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
