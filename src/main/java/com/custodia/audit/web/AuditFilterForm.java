package com.custodia.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.custodia.audit.AuditFilter;
import com.custodia.audit.AuditOutcome;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The audit list's filters as typed; dates are whole days in the firm's time zone, both ends included. */
public class AuditFilterForm {

	@Size(max = 100)
	private String user;

	@Pattern(regexp = "(|[A-Z][A-Z0-9_]{1,59})", message = "{audit.filter.action.format}")
	private String action;

	private AuditOutcome outcome;

	@Size(max = 40)
	private String targetType;

	@Size(max = 100)
	private String targetId;

	@PositiveOrZero
	private Long clientId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	@PositiveOrZero
	private Long position;

	@AssertTrue(message = "{audit.filter.dates.order}")
	public boolean isDatesInOrder() {
		return this.from == null || this.to == null || !this.to.isBefore(this.from);
	}

	@AssertTrue(message = "{audit.filter.dates.range}")
	public boolean isDatesInRange() {
		return inRange(this.from) && inRange(this.to);
	}

	private static boolean inRange(LocalDate date) {
		return date == null || (date.getYear() >= 1970 && date.getYear() <= 9999);
	}

	public Long getPosition() {
		return this.position;
	}

	public void setPosition(Long position) {
		this.position = position;
	}

	AuditFilter toFilter(ZoneId zone) {
		if (!isDatesInRange()) {
			throw new IllegalStateException("validate the form first");
		}
		Instant start = (this.from != null) ? this.from.atStartOfDay(zone).toInstant() : null;
		Instant end = (this.to != null) ? this.to.plusDays(1).atStartOfDay(zone).toInstant() : null;
		return new AuditFilter(blank(this.user), blank(this.action), this.outcome, blank(this.targetType),
				blank(this.targetId), this.clientId, this.position, start, end);
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public AuditOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(AuditOutcome outcome) {
		this.outcome = outcome;
	}

	public String getTargetType() {
		return this.targetType;
	}

	public void setTargetType(String targetType) {
		this.targetType = targetType;
	}

	public String getTargetId() {
		return this.targetId;
	}

	public void setTargetId(String targetId) {
		this.targetId = targetId;
	}

	public Long getClientId() {
		return this.clientId;
	}

	public void setClientId(Long clientId) {
		this.clientId = clientId;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
