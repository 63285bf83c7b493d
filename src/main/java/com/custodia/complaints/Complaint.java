package com.custodia.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A complaint as its pages show it. */
public record Complaint(long id, String code, Long clientId, String complainantName, String complainantContact,
		ComplaintEnums.Channel channel, ComplaintEnums.Category category, ComplaintEnums.Severity severity,
		String description, Long propertyId, String product, ComplaintState state, Instant receivedAt, String receivedBy,
		LocalDate startedOn, LocalDate acknowledgeDueOn, int extensions, int pausedDays, LocalDate pausedSince,
		LocalDate dueOn, Long handlerId, String handlerName, ComplaintEnums.Finding finding, String remedy,
		BigDecimal compensation, Boolean compensationApproved, String reply, Instant decidedAt, Instant repliedAt,
		ComplaintEnums.Satisfaction satisfaction, Boolean escalatedElsewhere, Instant closedAt, LocalDate overdueSince,
		long version) {

	public boolean isPaused() {
		return this.pausedSince != null;
	}

	/** Whether the decision and reply are late today (the deadline is the last day; a paused count is not late). */
	public boolean isOverdue(LocalDate today) {
		return this.state.isOpen() && !isPaused() && this.dueOn.isBefore(today);
	}

	/** Open, counting, and due within {@code days} days (or late). */
	public boolean isDueWithin(LocalDate today, int days) {
		return this.state.isOpen() && !isPaused() && !this.dueOn.isAfter(today.plusDays(days));
	}

	/** Not acknowledged by the day it was due. */
	public boolean isAcknowledgementLate(LocalDate today) {
		return this.state == ComplaintState.RECEIVED && this.acknowledgeDueOn.isBefore(today);
	}

	/** A compensation above the threshold waits for a manager before the reply. */
	public boolean isCompensationWaiting() {
		return Boolean.FALSE.equals(this.compensationApproved);
	}

	/** The name to show: the client's (looked up by the page) or the complainant's. */
	public boolean isFromClient() {
		return this.clientId != null;
	}

}
