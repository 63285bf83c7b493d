package com.custodia.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Bounds the sessions of visitors who have not signed in. The sign-in page (for its CSRF token), a page asked for
 * before signing in (the request kept to return to) and a stale session cookie each start a session, and each would
 * otherwise live for the whole session timeout: requests without a valid session, from a scanner or a client retrying
 * with an expired cookie, filled the 512 MB heap in one load run (docs/performance.md). Past the limit the oldest of
 * them is ended; a real visitor behind it is told at sign-in that the session expired and signs in again (under a
 * flood of thousands a second, that can be every visitor: the server stays up rather than letting them in). Signing
 * in changes the session's id (session fixation protection), which takes it off this list for good. Spring Boot
 * registers this listener with the servlet container; each instance keeps its own list.
 */
@Component
class AnonymousSessions implements HttpSessionListener, HttpSessionIdListener {

	private final int limit;

	/** Every session not yet signed in, oldest first; guarded by {@code this}. */
	private final Set<HttpSession> sessions = new LinkedHashSet<>();

	AnonymousSessions(CustodiaSecurityProperties properties) {
		this.limit = properties.maxAnonymousSessions();
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		List<HttpSession> ending = new ArrayList<>();
		synchronized (this) {
			this.sessions.add(event.getSession());
			Iterator<HttpSession> oldest = this.sessions.iterator();
			while (this.sessions.size() > this.limit && oldest.hasNext()) {
				HttpSession session = oldest.next();
				oldest.remove();
				if (stillAnonymous(session)) {
					ending.add(session);
				}
			}
		}
		// Outside the lock: ending a session calls sessionDestroyed.
		ending.forEach(AnonymousSessions::end);
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		synchronized (this) {
			this.sessions.remove(event.getSession());
		}
	}

	/** A new id is given at sign-in: the session is a user's from now on. */
	@Override
	public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
		synchronized (this) {
			this.sessions.remove(event.getSession());
		}
	}

	/** Sessions counted against the limit: those not yet signed in. */
	synchronized int count() {
		return this.sessions.size();
	}

	/** Whether no user has signed in on the session, should one have done so without a new id. */
	private static boolean stillAnonymous(HttpSession session) {
		try {
			return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null;
		}
		catch (IllegalStateException alreadyEnded) {
			return false;
		}
	}

	private static void end(HttpSession session) {
		try {
			session.invalidate();
		}
		catch (IllegalStateException alreadyEnded) {
			// Ended meanwhile by its own request (sign-out) or by the container's expiry.
		}
	}

}
