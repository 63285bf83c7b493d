/**
 * Client tiering (issue 7; docs/tiering.md): tiers worked out from the assets the ledger holds for each client under
 * versioned rules an admin edits, kept with every change and its reason, downgrades after a grace period, manual
 * overrides with a second person's approval, and the service levels each tier sets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tiering")
package com.custodia.tiering;
