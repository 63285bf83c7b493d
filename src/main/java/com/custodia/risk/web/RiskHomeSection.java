package com.custodia.risk.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.custodia.clients.ClientService;
import com.custodia.risk.Recommendations;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.HomeSection;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The start page's risk panel: re-assessments due in the user's book, and exceptions waiting for a reviewer. */
@Component
class RiskHomeSection implements HomeSection {

	private final ClientService clients;

	private final Recommendations recommendations;

	RiskHomeSection(ClientService clients, Recommendations recommendations) {
		this.clients = clients;
		this.recommendations = recommendations;
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
			model.put("riskDue", this.clients.riskLevelsExpiringBefore(user, today.plusDays(ExpiringController.DAYS + 1L),
					PageRequest.of(0, 1)).getTotalElements());
		}
		if (user.can(Permission.SUITABILITY_REVIEW) || user.can(Permission.RISK_REVIEW)) {
			model.put("reviewsPending", this.recommendations.pendingCount());
		}
		return model;
	}

	@Override
	public String fragment() {
		return "risk/home :: panel";
	}

}
