package com.custodia.audit;

import java.util.List;

/**
 * One page of the audit list, newest first, paged by keyset (the time and id of the event at the page's edge) so
 * that every page costs the same at millions of events.
 *
 * @param newerThan pass as {@code after} to see the page before this one, or {@code null} on the newest page
 * @param olderThan pass as {@code before} to see the next older page, or {@code null} on the oldest page
 */
public record AuditEventPage(List<AuditEventView> events, Long newerThan, Long olderThan) {

	public boolean isEmpty() {
		return this.events.isEmpty();
	}

}
