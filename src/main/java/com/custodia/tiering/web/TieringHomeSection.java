package com.custodia.tiering.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.custodia.access.StaffDirectory;
import com.custodia.access.StaffMember;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.tiering.ServiceDue;
import com.custodia.tiering.TierOverrides;
import com.custodia.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * The start page's service panel: the clients of the user's book (a team lead: the team) overdue or soon due for
 * contact, the overdue count, and for approvers the overrides waiting for them.
 */
@Component
class TieringHomeSection implements HomeSection {

	/** How many due clients the panel lists; the full list is one click away. */
	static final int SHOWN = 8;

	private final ServiceDue serviceDue;

	private final TierOverrides overrides;

	private final ClientService clients;

	private final StaffDirectory staff;

	TieringHomeSection(ServiceDue serviceDue, TierOverrides overrides, ClientService clients, StaffDirectory staff) {
		this.serviceDue = serviceDue;
		this.staff = staff;
		this.overrides = overrides;
		this.clients = clients;
	}

	@Override
	public boolean appliesTo(CurrentUser user) {
		return user.can(Permission.TIER_READ) && user.can(Permission.SERVICE_LOG_WRITE);
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		ServiceDue.Summary due = this.serviceDue.summary(user, SHOWN);
		List<ServiceDue.Due> shown = due.mostOverdue();
		Map<String, Object> model = new HashMap<>();
		model.put("serviceDue", shown);
		model.put("serviceDueTotal", due.dueOrOverdue());
		model.put("serviceOverdue", due.overdue());
		model.put("serviceClients", this.clients.views(user, shown.stream().map(ServiceDue.Due::clientId).toList()));
		model.put("teamView", user.can(Permission.CLIENT_SCOPE_TEAM));
		if (user.can(Permission.CLIENT_SCOPE_TEAM)) {
			// A lead's overdue contacts per RM (one more query, for the RMs' names only).
			Map<Long, StaffMember> names = this.staff.byIds(due.overdueByOwnerId().keySet());
			Map<String, Long> byOwner = new java.util.TreeMap<>();
			due.overdueByOwnerId().forEach((owner, count) -> byOwner.merge(
					names.containsKey(owner) ? names.get(owner).displayName() : String.valueOf(owner), count, Long::sum));
			model.put("serviceOverdueByOwner", byOwner);
		}
		if (user.can(Permission.TIER_OVERRIDE_APPROVE)) {
			model.put("overridesWaiting", this.overrides.proposed(user).size());
		}
		return model;
	}

	@Override
	public String fragment() {
		return "tiering/home :: panel";
	}

}
