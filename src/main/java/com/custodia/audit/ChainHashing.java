package com.custodia.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How an event is sealed: SHA-256 over the previous event's hash and the event's canonical content, so that any
 * edit, deletion or insertion breaks the chain from that event on. The canonical form names every stored field in a
 * fixed order, escapes the separator, and writes the time as microseconds since the epoch (PostgreSQL's precision).
 * Changing it would break every existing chain: add a new version instead.
 */
final class ChainHashing {

	static final String GENESIS = "0".repeat(64);

	private static final String VERSION = "v1";

	private final MessageDigest sha256;

	private final StringBuilder canonical = new StringBuilder(512);

	ChainHashing() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An event's stored content, as read back from the database. */
	record SealedContent(long id, long occurredAtMicros, String actor, String roles, String sourceIp, String action,
			String targetType, String targetId, Long clientId, String outcome, String detail, String changes) {
	}

	String hash(String previousHash, SealedContent event) {
		StringBuilder text = this.canonical;
		text.setLength(0);
		text.append(VERSION).append('|').append(previousHash);
		field(text, Long.toString(event.id()));
		field(text, Long.toString(event.occurredAtMicros()));
		field(text, event.actor());
		field(text, event.roles());
		field(text, event.sourceIp());
		field(text, event.action());
		field(text, event.targetType());
		field(text, event.targetId());
		field(text, (event.clientId() != null) ? event.clientId().toString() : null);
		field(text, event.outcome());
		field(text, event.detail());
		field(text, event.changes());
		byte[] digest = this.sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest);
	}

	private static void field(StringBuilder text, String value) {
		text.append('|');
		if (value == null) {
			text.append("\\N");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '|' || c == '\\') {
				text.append('\\');
			}
			text.append(c);
		}
	}

	/** Microseconds since the epoch, PostgreSQL's precision for a timestamp. */
	static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}

}
