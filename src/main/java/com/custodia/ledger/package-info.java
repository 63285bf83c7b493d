/**
 * The property ledger: each piece of client property, every movement as an append-only entry with four-eyes approval
 * where the rules ask for it, dated exchange rates to the base currency, reconciliation counts, alerts on unusual
 * activity, and client statements. (Issue 6; so far the pure rules.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package com.custodia.ledger;
