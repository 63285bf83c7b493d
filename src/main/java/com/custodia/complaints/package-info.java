/**
 * Complaints (issue 8; docs/complaints.md): intake from a client or someone not yet a client, the states from
 * receipt to close with every step on a timeline, the regulatory deadlines with extensions and pauses, assignment,
 * the decision and remedy, the reply and the follow-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints")
package com.custodia.complaints;
