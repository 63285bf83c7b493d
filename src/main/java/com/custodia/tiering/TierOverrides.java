package com.custodia.tiering;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientScope;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.clients.Tier;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.FieldProblem;
import com.custodia.web.PlainText;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.RequiredText;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual tier overrides: an RM proposes a tier for a client with a reason and an end date; someone with
 * {@code TIER_OVERRIDE_APPROVE} other than the proposer approves (the client holds the tier at once, until the end
 * date) or rejects it with a comment. One proposal waits per client; a newly approved override ends the one before.
 */
@Service
@Transactional
public class TierOverrides {

	/** The furthest an override may run, in years from today. */
	static final int MAX_YEARS = 2;

	/** An override as pages show it. */
	public record Override(long id, long clientId, Tier tier, String reason, LocalDate endsOn, String state,
			String proposedBy, long proposedById, Instant proposedAt, String decidedBy, Instant decidedAt,
			String decisionComment) {

		public boolean isProposed() {
			return "PROPOSED".equals(this.state);
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ClientService clients;

	private final Tiering tiering;

	private final AuditTrail audit;

	TierOverrides(NamedParameterJdbcTemplate jdbc, ClientService clients, Tiering tiering, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.tiering = tiering;
		this.audit = audit;
	}

	/** Proposes an override; answers its id. */
	public long propose(CurrentUser user, long clientId, Tier tier, String reason, LocalDate endsOn) {
		ClientView client = this.clients.get(user, clientId);
		require(user, Permission.TIER_OVERRIDE_PROPOSE);
		if (client.isClosed()) {
			throw new ClientRuleException("*", "client.closed.readOnly");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (tier == null || tier.kind() != client.kind()) {
			problems.add(new FieldProblem("tier", "tiering.override.tierInvalid"));
		}
		else if (tier == client.tier()) {
			problems.add(new FieldProblem("tier", "tiering.override.sameTier"));
		}
		RequiredText.check(problems, "reason", reason, 1000);
		LocalDate today = this.clients.today();
		if (endsOn == null) {
			problems.add(new FieldProblem("endsOn", "client.required"));
		}
		else if (!endsOn.isAfter(today) || endsOn.isAfter(today.plusYears(MAX_YEARS))) {
			problems.add(new FieldProblem("endsOn", "tiering.override.endsOnInvalid", MAX_YEARS));
		}
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		try {
			long id = this.jdbc.queryForObject("""
					insert into tiering_override (client_id, tier, reason, ends_on, state, proposed_by, proposed_by_id,
					    proposed_at) values (:client, :tier, :reason, :endsOn, 'PROPOSED', :by, :byId, now())
					returning id""", new MapSqlParameterSource("client", clientId).addValue("tier", tier.name())
						.addValue("reason", PlainText.clean(reason).strip()).addValue("endsOn", endsOn)
						.addValue("by", user.username()).addValue("byId", user.id()), Long.class);
			this.audit.record(AuditEntry.of("TIER_OVERRIDE_PROPOSED").target("TIER_OVERRIDE", id).client(clientId)
				.change("tier", client.tier(), tier).change("endsOn", null, endsOn).detail(reason));
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new ClientRuleException("*", "tiering.override.alreadyProposed");
		}
	}

	/** Approves (the client holds the tier from now) or rejects (a comment is required) a proposal. */
	public void decide(CurrentUser user, long overrideId, boolean approve, String comment) {
		require(user, Permission.TIER_OVERRIDE_APPROVE);
		Override override = get(overrideId);
		this.clients.requireInScope(user, override.clientId());
		if (override.proposedById() == user.id()) {
			throw new ClientRuleException("*", "tiering.override.ownProposal");
		}
		String clean = (comment == null || comment.isBlank()) ? null : PlainText.clean(comment).strip();
		if (!approve && clean == null) {
			throw new ClientRuleException("comment", "client.required");
		}
		if (clean != null && clean.length() > 1000) {
			throw new ClientRuleException("comment", "client.tooLong", 1000);
		}
		if (approve) {
			// The override approved before is over: one approved override per client.
			this.jdbc.update("update tiering_override set state = 'ENDED', ended_at = now() where client_id = :client "
					+ "and state = 'APPROVED'", new MapSqlParameterSource("client", override.clientId()));
		}
		int updated = this.jdbc.update("update tiering_override set state = :state, decided_by = :by, decided_by_id = :byId, "
				+ "decided_at = now(), decision_comment = :comment where id = :id and state = 'PROPOSED'",
				new MapSqlParameterSource("state", approve ? "APPROVED" : "REJECTED").addValue("by", user.username())
					.addValue("byId", user.id()).addValue("comment", clean).addValue("id", overrideId));
		if (updated != 1) {
			throw new ClientRuleException("*", "tiering.override.notProposed");
		}
		this.audit.record(AuditEntry.of(approve ? "TIER_OVERRIDE_APPROVED" : "TIER_OVERRIDE_REJECTED")
			.target("TIER_OVERRIDE", overrideId).client(override.clientId()).change("state", "PROPOSED",
					approve ? "APPROVED" : "REJECTED")
			.detail(clean));
		if (approve) {
			this.tiering.recompute(override.clientId());
		}
	}

	/** The client's waiting proposal and the override in force, if any. */
	@Transactional(readOnly = true)
	public List<Override> current(CurrentUser user, long clientId) {
		this.clients.requireInScope(user, clientId);
		return this.jdbc.query("select * from tiering_override where client_id = :client and state in ('PROPOSED', "
				+ "'APPROVED') order by id", new MapSqlParameterSource("client", clientId), TierOverrides::override);
	}

	/** The client's earlier overrides (rejected or ended), newest first: what was decided and why. */
	@Transactional(readOnly = true)
	public List<Override> earlier(CurrentUser user, long clientId) {
		this.clients.requireInScope(user, clientId);
		return this.jdbc.query("select * from tiering_override where client_id = :client and state in ('REJECTED', "
				+ "'ENDED') order by id desc limit 5", new MapSqlParameterSource("client", clientId),
				TierOverrides::override);
	}

	/** Proposals waiting for a decision on clients in the user's scope, oldest first. */
	@Transactional(readOnly = true)
	public List<Override> proposed(CurrentUser user) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String scope = ClientScope.of(user).clientIdIn("client_id", parameters);
		return this.jdbc.query("select * from tiering_override where state = 'PROPOSED' and " + scope
				+ " order by proposed_at, id limit 200", parameters, TierOverrides::override);
	}

	private Override get(long id) {
		return this.jdbc.query("select * from tiering_override where id = :id for update",
				new MapSqlParameterSource("id", id), TierOverrides::override)
			.stream().findFirst().orElseThrow(() -> new RecordNotFoundException("tier override", id));
	}

	private static Override override(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Override(rs.getLong("id"), rs.getLong("client_id"), Tier.valueOf(rs.getString("tier")),
				rs.getString("reason"), rs.getObject("ends_on", LocalDate.class), rs.getString("state"),
				rs.getString("proposed_by"), rs.getLong("proposed_by_id"), rs.getTimestamp("proposed_at").toInstant(),
				rs.getString("decided_by"), (decided != null) ? decided.toInstant() : null,
				rs.getString("decision_comment"));
	}

	private static void require(CurrentUser user, Permission permission) {
		if (!user.can(permission)) {
			throw new AccessDeniedException(permission.name());
		}
	}

}
