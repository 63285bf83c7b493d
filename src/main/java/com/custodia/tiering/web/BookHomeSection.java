package com.custodia.tiering.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import com.custodia.clients.ClientService;
import com.custodia.clients.Tier;
import com.custodia.ledger.LedgerFlows;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * The start page's book panel for RMs and team leads: clients and assets under custody by tier, clients by risk
 * level, and twelve months of net flows, as charts drawn from the tables beside them. A fixed number of queries,
 * whatever the size of the book. (A lead's overdue contacts per RM are in the service panel, which has them.)
 */
@Component
class BookHomeSection implements HomeSection {

	static final int MONTHS = 12;

	private final ClientService clients;

	private final LedgerFlows flows;

	BookHomeSection(ClientService clients, LedgerFlows flows) {
		this.clients = clients;
		this.flows = flows;
	}

	@Override
	public boolean appliesTo(CurrentUser user) {
		return user.can(Permission.CLIENT_WRITE) && user.can(Permission.TIER_READ) && user.can(Permission.PROPERTY_READ);
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		Map<String, Object> model = new HashMap<>();
		ClientService.BookFigures book = this.clients.bookFigures(user);
		Map<Tier, ClientService.TierHoldings> holdings = book.tiers();
		Map<Tier, Long> counts = new java.util.EnumMap<>(Tier.class);
		Map<Tier, BigDecimal> assets = new java.util.EnumMap<>(Tier.class);
		holdings.forEach((tier, held) -> {
			counts.put(tier, held.clients());
			assets.put(tier, held.assets());
		});
		model.put("bookTiers", counts.entrySet().stream().filter((entry) -> entry.getValue() > 0).map(Map.Entry::getKey)
			.toList());
		model.put("bookTierCounts", counts);
		model.put("bookTierAssets", assets);
		model.put("bookRisk", book.riskLevels());
		Map<YearMonth, BigDecimal> monthly = this.flows.monthly(user, MONTHS);
		model.put("bookFlows", monthly);
		return model;
	}

	@Override
	public String fragment() {
		return "tiering/book :: panel";
	}

}
