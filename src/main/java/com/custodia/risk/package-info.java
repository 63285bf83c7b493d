/**
 * Risk questionnaires, clients' risk levels (C1–C5) and product suitability (R1–R5): scoring with bands and caps,
 * versioned questionnaires, assessments with interviews and expiry, and the matching rule for recommendations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package com.custodia.risk;
