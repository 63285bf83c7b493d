package com.custodia.clients.web;

import com.custodia.clients.ClientKind;
import com.custodia.clients.ClientSearch;
import com.custodia.clients.ClientStatus;
import com.custodia.clients.Segment;
import com.custodia.web.Enums;

/**
 * The client list's search, filters, sort and page, as query parameters. A value that does not parse (an unknown
 * segment typed into the URL) is ignored rather than refused, so a list link never breaks.
 */
public class ClientFilterForm {

	private String q;

	private String kind;

	private String segment;

	/** A status, or {@code OPEN} for every client not closed (what the start page's book counts). */
	private String status;

	static final String OPEN = "OPEN";

	private String owner;

	/** A level C1..C5, or {@code NONE} for clients without a valid one. */
	private String risk;

	private String tier;

	private int page;

	private String sort = "name,asc";

	ClientSearch toSearch() {
		return new ClientSearch(this.q, Enums.valueOrNull(ClientKind.class, this.kind), Enums.valueOrNull(Segment.class, this.segment),
				Enums.valueOrNull(ClientStatus.class, this.status), OPEN.equals(this.status), ownerId(), riskFilter(),
				Enums.valueOrNull(com.custodia.clients.Tier.class, this.tier));
	}

	/** The filter as the audit trail records it: the parts that are set, for example {@code q=王; status=ACTIVE}. */
	String describe() {
		java.util.StringJoiner parts = new java.util.StringJoiner("; ");
		java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("q", this.q);
		values.put("kind", this.kind);
		values.put("segment", this.segment);
		values.put("status", this.status);
		values.put("owner", this.owner);
		values.put("risk", this.risk);
		values.put("tier", this.tier);
		values.put("sort", this.sort);
		values.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				parts.add(name + "=" + value);
			}
		});
		return parts.toString();
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getSegment() {
		return this.segment;
	}

	public void setSegment(String segment) {
		this.segment = segment;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	/** The owner filter as an id; text that is not one is ignored. */
	Long ownerId() {
		return (this.owner != null && this.owner.strip().matches("[0-9]{1,18}")) ? Long.valueOf(this.owner.strip()) : null;
	}

	private ClientSearch.RiskFilter riskFilter() {
		if ("NONE".equals(this.risk)) {
			return new ClientSearch.RiskFilter(null);
		}
		com.custodia.clients.RiskLevel level = Enums.valueOrNull(com.custodia.clients.RiskLevel.class, this.risk);
		return (level != null) ? new ClientSearch.RiskFilter(level) : null;
	}

	public String getRisk() {
		return this.risk;
	}

	public void setRisk(String risk) {
		this.risk = risk;
	}

	public String getTier() {
		return this.tier;
	}

	public void setTier(String tier) {
		this.tier = tier;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = page;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = (sort == null || sort.isBlank()) ? "name,asc" : sort;
	}

}
