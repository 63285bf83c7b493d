package com.custodia.tiering.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.clients.RiskLevel;
import com.custodia.clients.Tier;
import com.custodia.ledger.LedgerFlows;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.tiering.ServiceDue;
import com.custodia.tiering.ServiceLevel;
import com.custodia.tiering.Tiering;
import com.custodia.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * The start page's book panel for RMs and team leads: clients and assets under custody by tier, clients by risk
 * level, and twelve months of net flows, as charts drawn from the tables beside them; for a team lead, each RM's
 * overdue contacts. A fixed number of queries, whatever the size of the book.
 */
@Component
class BookHomeSection implements HomeSection {

	static final int MONTHS = 12;

	private final ClientService clients;

	private final Tiering tiering;

	private final LedgerFlows flows;

	private final ServiceDue serviceDue;

	BookHomeSection(ClientService clients, Tiering tiering, LedgerFlows flows, ServiceDue serviceDue) {
		this.clients = clients;
		this.tiering = tiering;
		this.flows = flows;
		this.serviceDue = serviceDue;
	}

	@Override
	public boolean appliesTo(CurrentUser user) {
		return user.can(Permission.CLIENT_WRITE) && user.can(Permission.TIER_READ) && user.can(Permission.PROPERTY_READ);
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		Map<String, Object> model = new HashMap<>();
		Map<Tier, Long> counts = this.clients.tierCounts(user);
		Map<Tier, BigDecimal> assets = this.tiering.assetsByTier(user);
		model.put("bookTiers", counts.entrySet().stream().filter((entry) -> entry.getValue() > 0).map(Map.Entry::getKey)
			.toList());
		model.put("bookTierCounts", counts);
		model.put("bookTierAssets", assets);
		Map<RiskLevel, Long> risk = this.clients.riskLevelCounts(user);
		model.put("bookRisk", risk);
		Map<YearMonth, BigDecimal> monthly = this.flows.monthly(user, MONTHS);
		model.put("bookFlows", monthly);
		if (user.can(Permission.CLIENT_SCOPE_TEAM)) {
			List<ServiceDue.Due> overdue = this.serviceDue.dueOrOverdue(user).stream()
				.filter((due) -> due.standing() == ServiceLevel.Standing.OVERDUE).toList();
			Map<Long, ClientView> views = this.clients.views(user, overdue.stream().map(ServiceDue.Due::clientId).toList());
			Map<String, Long> byOwner = new TreeMap<>();
			views.values().forEach((client) -> byOwner.merge(client.ownerName(), 1L, Long::sum));
			model.put("bookOverdueByOwner", byOwner);
		}
		return model;
	}

	@Override
	public String fragment() {
		return "tiering/book :: panel";
	}

}
