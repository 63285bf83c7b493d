package com.custodia.ledger;

/**
 * Published when a client's holdings change: a registration, or an entry posted (at once or on approval). Never for a
 * pending or rejected movement. Listeners that act after commit (the tiering module) see the committed balances.
 */
public record ClientPropertyChanged(long clientId) {
}
