package com.custodia.tiering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.custodia.clients.ClientService;
import com.custodia.clients.Tier;
import com.custodia.ledger.AssetsUnderCustody;
import com.custodia.security.CurrentUser;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out clients' tiers and keeps them: for a batch of clients it reads their facts, their assets and where they
 * stood in a fixed number of queries, decides each one ({@link TierDecision}), and writes the new standing, the
 * changes and the clients' tiers in batches. One client (after their property changed) goes the same way.
 */
@Service
@Transactional
public class Tiering {

	private final NamedParameterJdbcTemplate jdbc;

	private final ClientService clients;

	private final AssetsUnderCustody assets;

	private final TierRules rules;

	private final Clock clock;

	Tiering(NamedParameterJdbcTemplate jdbc, ClientService clients, AssetsUnderCustody assets, TierRules rules,
			Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.assets = assets;
		this.rules = rules;
		this.clock = clock;
	}

	/** Where a client stands, as {@code tiering_client} keeps it. */
	public record Standing(Tier computed, BigDecimal assets, LocalDate belowSince, long ruleVersionId, Instant computedAt) {
	}

	/** An approved override as recomputation reads it. */
	record ApprovedOverride(long id, long clientId, Tier tier, LocalDate endsOn) {
	}

	/** Recomputes one client's tier now (their property changed); answers whether it changed. */
	public boolean recompute(long clientId) {
		// One client at a time: a second recomputation of the same client waits for this one's commit.
		this.jdbc.getJdbcTemplate().queryForObject("select pg_advisory_xact_lock(7001, ?::int)", Object.class,
				(int) clientId);
		return this.clients.tierFacts(clientId)
			.map((facts) -> recomputeBatch(List.of(facts), this.rules.current()) > 0)
			.orElse(false);
	}

	/**
	 * Recomputes the clients of one batch (in id order, not closed) under the rules; answers how many changed tier.
	 * A fixed number of statements, however many clients the batch holds.
	 */
	int recomputeBatch(List<ClientService.TierFacts> batch, TierRuleSet ruleSet) {
		if (batch.isEmpty()) {
			return 0;
		}
		LocalDate today = this.clients.today();
		Instant now = this.clock.instant();
		long first = batch.get(0).id();
		long last = batch.get(batch.size() - 1).id();
		Map<Long, BigDecimal> holdings = this.assets.ofClients(first, last);
		Map<Long, Standing> standings = standings(first, last);
		Map<Long, ApprovedOverride> overrides = approvedOverrides(first, last);
		List<Object[]> standingRows = new ArrayList<>();
		List<Object[]> changeRows = new ArrayList<>();
		List<Long> endedOverrides = new ArrayList<>();
		Map<Long, Tier> newTiers = new LinkedHashMap<>();
		for (ClientService.TierFacts facts : batch) {
			BigDecimal held = holdings.getOrDefault(facts.id(), BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
			Tier computed = ruleSet.tierFor(facts.kind(), held, facts.yearsOfExperience(), facts.riskValid());
			Standing before = standings.get(facts.id());
			ApprovedOverride override = overrides.get(facts.id());
			boolean overrideInForce = override != null && !override.endsOn().isBefore(today);
			boolean overrideEnded = override != null && !overrideInForce;
			if (overrideEnded) {
				endedOverrides.add(override.id());
			}
			TierDecision.Outcome outcome = TierDecision.decide(facts.tier(), (before != null) ? before.belowSince() : null,
					computed, overrideInForce ? override.tier() : null, overrideEnded, today, ruleSet.graceDays());
			standingRows.add(new Object[] { facts.id(), computed.name(), held, date(outcome.belowSince()),
					ruleSet.versionId(), Timestamp.from(now) });
			if (outcome.changed()) {
				newTiers.put(facts.id(), outcome.tier());
				changeRows.add(new Object[] { facts.id(), (facts.tier() != null) ? facts.tier().name() : null,
						outcome.tier().name(), outcome.cause().name(), held, ruleSet.versionId(),
						(override != null) ? override.id() : null, Timestamp.from(now) });
			}
		}
		this.jdbc.getJdbcTemplate().batchUpdate("""
				insert into tiering_client (client_id, computed_tier, assets, below_since, rule_version_id, computed_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (client_id) do update set computed_tier = excluded.computed_tier, assets = excluded.assets,
				    below_since = excluded.below_since, rule_version_id = excluded.rule_version_id,
				    computed_at = excluded.computed_at""", standingRows);
		this.clients.recordTierAssets(standingRows.stream()
			.collect(java.util.stream.Collectors.toMap((row) -> (Long) row[0], (row) -> (BigDecimal) row[2])));
		if (!changeRows.isEmpty()) {
			this.jdbc.getJdbcTemplate().batchUpdate("""
					insert into tiering_change (client_id, from_tier, to_tier, cause, assets, rule_version_id, override_id,
					    changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", changeRows);
			this.clients.recordTiers(newTiers);
		}
		if (!endedOverrides.isEmpty()) {
			this.jdbc.update("update tiering_override set state = 'ENDED', ended_at = :now where id in (:ids) "
					+ "and state = 'APPROVED'", new MapSqlParameterSource("now", Timestamp.from(now))
						.addValue("ids", endedOverrides));
		}
		return changeRows.size();
	}

	private Map<Long, Standing> standings(long first, long last) {
		Map<Long, Standing> standings = new HashMap<>();
		this.jdbc.query("select * from tiering_client where client_id between :first and :last",
				new MapSqlParameterSource("first", first).addValue("last", last),
				(rs) -> {
					standings.put(rs.getLong("client_id"), new Standing(Tier.valueOf(rs.getString("computed_tier")),
							rs.getBigDecimal("assets"), rs.getObject("below_since", LocalDate.class),
							rs.getLong("rule_version_id"), rs.getTimestamp("computed_at").toInstant()));
				});
		return standings;
	}

	private Map<Long, ApprovedOverride> approvedOverrides(long first, long last) {
		Map<Long, ApprovedOverride> overrides = new HashMap<>();
		this.jdbc.query("select id, client_id, tier, ends_on from tiering_override where client_id between :first "
				+ "and :last and state = 'APPROVED'", new MapSqlParameterSource("first", first).addValue("last", last),
				(rs) -> {
					overrides.put(rs.getLong("client_id"), new ApprovedOverride(rs.getLong("id"), rs.getLong("client_id"),
							Tier.valueOf(rs.getString("tier")), rs.getObject("ends_on", LocalDate.class)));
				});
		return overrides;
	}

	/** Where a client stands now, for their tier tab (a client not yet computed has none). */
	@Transactional(readOnly = true)
	public java.util.Optional<Standing> standing(CurrentUser user, long clientId) {
		this.clients.requireInScope(user, clientId);
		return standings(clientId, clientId).values().stream().findFirst();
	}

	/** A tier change as the history shows it. */
	public record Change(Tier from, Tier to, TierDecision.Cause cause, BigDecimal assets, long ruleVersionId,
			Long overrideId, Instant changedAt) {
	}

	/** A client's tier changes, newest first. */
	@Transactional(readOnly = true)
	public List<Change> history(CurrentUser user, long clientId) {
		this.clients.requireInScope(user, clientId);
		return this.jdbc.query("select * from tiering_change where client_id = :client order by changed_at desc, id desc "
				+ "limit 500", new MapSqlParameterSource("client", clientId),
				(rs, row) -> new Change((rs.getString("from_tier") != null) ? Tier.valueOf(rs.getString("from_tier")) : null,
						Tier.valueOf(rs.getString("to_tier")), TierDecision.Cause.valueOf(rs.getString("cause")),
						rs.getBigDecimal("assets"), rs.getLong("rule_version_id"), (Long) rs.getObject("override_id"),
						rs.getTimestamp("changed_at").toInstant()));
	}

	/** How many clients in the user's scope (not closed) hold each tier: for the dashboard. Tiers held by none show 0. */
	@Transactional(readOnly = true)
	public Map<Tier, Long> distribution(CurrentUser user) {
		return this.clients.tierCounts(user);
	}

	private static java.sql.Date date(LocalDate day) {
		return (day != null) ? java.sql.Date.valueOf(day) : null;
	}

}
