package com.custodia.audit;

import com.custodia.security.AccessWasDenied;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every 403 a signed-in user meets: one event per refusal. */
@Component
class AccessDenialRecorder {

	private final AuditTrail audit;

	AccessDenialRecorder(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	void onDenied(AccessWasDenied denied) {
		this.audit.record(AuditEntry.of("ACCESS_DENIED")
			.outcome(AuditOutcome.DENIED)
			.actor(denied.username(), denied.roles())
			.target("URL", denied.method() + " " + denied.path())
			.detail(denied.reason()));
	}

}
