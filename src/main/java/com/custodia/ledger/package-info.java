/**
 * The property ledger: each piece of client property, every movement as an append-only entry with four-eyes approval
 * where the rules ask for it, dated exchange rates to the base currency, reconciliation counts, alerts on unusual
 * activity, and client statements (issue 6; docs/ledger.md). Other modules read clients' holdings through
 * {@link com.custodia.ledger.AssetsUnderCustody} and hear of changes through
 * {@link com.custodia.ledger.ClientPropertyChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package com.custodia.ledger;
