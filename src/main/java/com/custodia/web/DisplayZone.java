package com.custodia.web;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time zone times are shown in. Custodia stores every time in UTC and shows it in the firm's zone
 * ({@code custodia.display-time-zone}, default Asia/Shanghai), with the offset, so a time reads the same for everyone
 * who compares notes about it.
 */
@Component
public class DisplayZone {

	private final ZoneId zoneId;

	DisplayZone(@Value("${custodia.display-time-zone:Asia/Shanghai}") String zone) {
		this.zoneId = ZoneId.of(zone);
		// The database works out days in this zone too (AT TIME ZONE), and PostgreSQL reads a fixed offset such as
		// "+08:00" or "GMT+8" with the opposite sign (POSIX): only a region is the same zone on both sides.
		if (this.zoneId instanceof java.time.ZoneOffset || this.zoneId.getId().matches("(?i)(GMT|UTC|UT)[+-].*")) {
			throw new IllegalArgumentException("custodia.display-time-zone must be a region such as Asia/Shanghai, "
					+ "not a fixed offset: " + zone);
		}
	}

	public ZoneId zoneId() {
		return this.zoneId;
	}

	/** For templates: {@code ${#temporals.format(zone.at(instant), 'yyyy-MM-dd HH:mm:ss')}}. */
	public java.time.ZonedDateTime at(java.time.Instant instant) {
		return (instant != null) ? instant.atZone(this.zoneId) : null;
	}

	/** The zone's current offset, to label times with, such as "UTC+08:00". */
	public String label() {
		return "UTC" + this.zoneId.getRules().getOffset(java.time.Instant.now()).getId().replace("Z", "+00:00");
	}

}
