package com.custodia.clients;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What the client list is searched and filtered by; every part is optional. The text finds part of a name (Chinese
 * or Latin, case-insensitive), a client code (or its beginning), the last four digits of a phone number, or a whole
 * mobile number.
 */
public record ClientSearch(String text, ClientKind kind, Segment segment, ClientStatus status, boolean openOnly,
		Long ownerId, RiskFilter risk, Tier tier) {

	/** Clients whose valid risk level is {@code level}, or, with a {@code null} level, clients with none valid. */
	public record RiskFilter(RiskLevel level) {
	}

	public static ClientSearch none() {
		return new ClientSearch(null, null, null, null, false, null, null, null);
	}

	public ClientSearch {
		text = (text == null || text.isBlank()) ? null : text.strip();
		if (text != null && text.length() > 100) {
			text = text.substring(0, 100);
		}
	}

	/** No text and no filter: the whole of the reader's scope. */
	boolean isEmpty() {
		return equals(none());
	}

	Specification<Client> within(ClientScope scope, java.time.LocalDate today) {
		return (client, query, builder) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(scope.restrict(client, builder));
			if (this.text != null) {
				List<Predicate> any = new ArrayList<>();
				any.add(builder.like(builder.lower(client.get("name")), "%" + escape(this.text.toLowerCase(java.util.Locale.ROOT)) + "%", '\\'));
				String upper = this.text.toUpperCase(java.util.Locale.ROOT);
				if (upper.matches("C[0-9][0-9-]*")) {
					any.add(builder.like(client.get("code"), escape(upper) + "%", '\\'));
				}
				if (this.text.matches("[0-9]{4}")) {
					any.add(builder.equal(client.get("phoneLast4"), this.text));
				}
				String phone = ClientProfile.phone(this.text);
				if (phone != null && phone.matches("1[0-9]{10}")) {
					// A whole mobile number: found through the last-4 index, then matched in full.
					any.add(builder.and(builder.equal(client.get("phoneLast4"), phone.substring(7)),
							builder.equal(client.get("mobilePhone"), phone)));
				}
				where.add(builder.or(any.toArray(Predicate[]::new)));
			}
			if (this.kind != null) {
				where.add(builder.equal(client.get("kind"), this.kind));
			}
			if (this.segment != null) {
				where.add(builder.equal(client.get("segment"), this.segment));
			}
			if (this.status != null) {
				where.add(builder.equal(client.get("status"), this.status));
			}
			else if (this.openOnly) {
				where.add(builder.notEqual(client.get("status"), ClientStatus.CLOSED));
			}
			if (this.risk != null && this.risk.level() != null) {
				where.add(builder.equal(client.get("riskLevel"), this.risk.level()));
				where.add(builder.greaterThan(client.get("riskExpiresOn"), today));
			}
			else if (this.risk != null) {
				where.add(builder.or(builder.isNull(client.get("riskExpiresOn")),
						builder.lessThanOrEqualTo(client.get("riskExpiresOn"), today)));
			}
			if (this.tier != null) {
				where.add(builder.equal(client.get("tier"), this.tier));
			}
			if (this.ownerId != null) {
				where.add(builder.equal(client.get("ownerId"), this.ownerId));
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
