package com.custodia.audit;

/** Whether the audited action happened, was refused by a rule or a permission, or failed. */
public enum AuditOutcome {

	SUCCESS, DENIED, FAILED

}
