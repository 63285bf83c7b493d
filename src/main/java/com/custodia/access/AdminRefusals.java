package com.custodia.access;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditOutcome;
import com.custodia.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records an admin change that the access rules refused; the change itself rolled back, so this commits alone. */
@Service
public class AdminRefusals {

	private final AuditTrail audit;

	AdminRefusals(AuditTrail audit) {
		this.audit = audit;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String targetType, Object targetId, AccessRuleException refusal) {
		this.audit.record(AuditEntry.of("ADMIN_CHANGE_REFUSED").outcome(AuditOutcome.DENIED).target(targetType, targetId)
			.detail(refusal.getMessageKey()));
	}

}
