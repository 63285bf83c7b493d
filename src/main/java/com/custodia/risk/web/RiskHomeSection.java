package com.custodia.risk.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.custodia.clients.ClientService;
import com.custodia.risk.Recommendations;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.HomeSection;

import org.springframework.stereotype.Component;

/** The start page's risk panel: re-assessments due in the user's book, and exceptions waiting for a reviewer. */
@Component
class RiskHomeSection implements HomeSection {

	private final ClientService clients;

	private final Recommendations recommendations;

	private final com.custodia.risk.Assessments assessments;

	RiskHomeSection(ClientService clients, Recommendations recommendations, com.custodia.risk.Assessments assessments) {
		this.clients = clients;
		this.recommendations = recommendations;
		this.assessments = assessments;
	}

	@Override
	public boolean appliesTo(CurrentUser user) {
		return (user.can(Permission.ASSESSMENT_RUN) && user.can(Permission.CLIENT_READ))
				|| user.can(Permission.RISK_REVIEW) || user.can(Permission.SUITABILITY_REVIEW);
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		Map<String, Object> model = new HashMap<>();
		if ((user.can(Permission.ASSESSMENT_RUN) || user.can(Permission.RISK_REVIEW)) && user.can(Permission.CLIENT_READ)) {
			LocalDate today = this.clients.today();
			model.put("riskDue", this.clients.riskLevelsExpiringCount(user, today.plusDays(ExpiringController.DAYS + 1L)));
		}
		if (user.can(Permission.SUITABILITY_REVIEW) || user.can(Permission.RISK_REVIEW)) {
			model.put("reviewsPending", this.recommendations.pendingCount());
		}
		if (user.can(Permission.RISK_REVIEW) && user.can(Permission.CLIENT_READ)) {
			// The risk officer's watch list: the most aggressive clients, those still waiting for their interview,
			// and those whose level lapsed while they hold what only a valid level allowed.
			model.put("riskC5", this.clients.validRiskLevelCount(user, com.custodia.clients.RiskLevel.C5));
			model.put("riskAwaitingInterview", this.assessments.awaitingInterviewCount(user));
			model.put("riskExpiredAboveR1", this.recommendations.expiredHoldingAboveR1(user));
		}
		return model;
	}

	@Override
	public String fragment() {
		return "risk/home :: panel";
	}

}
