package com.custodia.complaints.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.custodia.clients.ClientService;
import com.custodia.complaints.Complaint;
import com.custodia.complaints.ComplaintQueries;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * The start page's complaints panel: for handlers and managers, what is overdue or due within two days and what waits
 * for their approval; for an RM, the open complaints of their clients (so they hear of them from Custodia first).
 */
@Component
class ComplaintsHomeSection implements HomeSection {

	private final ComplaintQueries queries;

	private final ClientService clients;

	private final com.custodia.complaints.ComplaintReport report;

	ComplaintsHomeSection(ComplaintQueries queries, ClientService clients,
			com.custodia.complaints.ComplaintReport report) {
		this.queries = queries;
		this.clients = clients;
		this.report = report;
	}

	@Override
	public boolean appliesTo(CurrentUser user) {
		return user.can(Permission.COMPLAINT_READ) && (user.can(Permission.COMPLAINT_HANDLE)
				|| user.can(Permission.COMPLAINT_APPROVE) || user.can(Permission.CLIENT_WRITE)
				|| user.can(Permission.REPORT_COMPLAINTS));
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		Map<String, Object> model = new HashMap<>();
		model.put("complaintSummary", this.queries.summary(user));
		model.put("complaintApprover", user.can(Permission.COMPLAINT_APPROVE));
		if (user.can(Permission.COMPLAINT_APPROVE)) {
			model.put("awaitingApproval", this.queries.awaitingApproval(user, 5));
		}
		if (!user.can(Permission.COMPLAINT_HANDLE) && user.can(Permission.CLIENT_WRITE)) {
			// An RM: the open complaints about their clients, soonest due first.
			List<Complaint> open = this.queries.openOfClients(user, 5);
			model.put("clientComplaints", open);
			model.put("complaintClients", this.clients.views(user, open.stream().map(Complaint::clientId)
				.filter(java.util.Objects::nonNull).toList()));
		}
		if (user.can(Permission.REPORT_COMPLAINTS)) {
			// Compliance's twelve months by category, as the report counts them; each links to the list of those months.
			java.time.LocalDate today = this.clients.today();
			java.time.LocalDate since = today.minusMonths(12).plusDays(1);
			model.put("complaintCategories",
					this.report.byCategory(user, since, today));
			model.put("complaintSince", since);
		}
		model.put("today", this.clients.today());
		return model;
	}

	@Override
	public String fragment() {
		return "complaints/home :: panel";
	}

}
