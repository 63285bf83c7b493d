/**
 * The audit trail: one event per audited action, append-only in the database and sealed into a SHA-256 chain; the
 * pages compliance and internal audit read it in, its CSV export, and the chain's verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package com.custodia.audit;
