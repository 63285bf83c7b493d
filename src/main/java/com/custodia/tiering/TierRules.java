package com.custodia.tiering;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientKind;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.Tier;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.FieldProblem;
import com.custodia.web.PlainText;
import com.custodia.web.RequiredText;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tier rules and their versions. Saving makes a new version (who, when, why); the newest is in force from then on,
 * for the next recomputation, and older ones stay as the history that past tier changes point to.
 */
@Service
@Transactional
public class TierRules {

	/** The longest downgrade grace period an admin may set, in days. */
	static final int MAX_GRACE_DAYS = 3650;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	TierRules(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The rules in force: the newest version. */
	@Transactional(readOnly = true)
	public TierRuleSet current() {
		long id = this.jdbc.sql("select max(id) from tiering_rule_version").query(Long.class).single();
		return version(id);
	}

	/** One version, whole. */
	@Transactional(readOnly = true)
	public TierRuleSet version(long id) {
		Map<Tier, TierRule> rules = new EnumMap<>(Tier.class);
		this.jdbc.sql("select * from tiering_rule where version_id = ?").param(id)
			.query((rs, row) -> new TierRule(Tier.valueOf(rs.getString("tier")), rs.getBigDecimal("min_assets"),
					(Integer) rs.getObject("min_experience_years"), rs.getBoolean("requires_valid_assessment"),
					rs.getInt("contact_months"), (Integer) rs.getObject("face_to_face_months")))
			.list()
			.forEach((rule) -> rules.put(rule.tier(), rule));
		return this.jdbc.sql("select * from tiering_rule_version where id = ?").param(id)
			.query((rs, row) -> new TierRuleSet(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by"), rs.getString("reason"), rs.getInt("grace_days"), rules))
			.single();
	}

	/** Every version, newest first, without their rules: the page's history of who changed what when and why. */
	@Transactional(readOnly = true)
	public List<TierRuleSet> versions() {
		return this.jdbc.sql("select * from tiering_rule_version order by id desc limit 200")
			.query((rs, row) -> new TierRuleSet(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by"), rs.getString("reason"), rs.getInt("grace_days"), Map.of()))
			.list();
	}

	/** The problems of a set of rules, by field ({@code rules[GOLD].minAssets} and the like); empty when it may be saved. */
	public List<FieldProblem> problems(List<TierRule> rules, Integer graceDays, String reason) {
		List<FieldProblem> problems = new ArrayList<>();
		RequiredText.check(problems, "reason", reason, 1000);
		if (graceDays == null || graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
			problems.add(new FieldProblem("graceDays", "tiering.rules.graceInvalid", MAX_GRACE_DAYS));
		}
		Map<Tier, TierRule> byTier = new EnumMap<>(Tier.class);
		rules.forEach((rule) -> byTier.put(rule.tier(), rule));
		for (ClientKind kind : ClientKind.values()) {
			BigDecimal below = null;
			for (Tier tier : Tier.of(kind)) {
				TierRule rule = byTier.get(tier);
				String field = "rules[" + tier.name() + "].";
				if (rule == null || rule.minAssets() == null) {
					problems.add(new FieldProblem(field + "minAssets", "client.required"));
					continue;
				}
				if (rule.minAssets().signum() < 0 || rule.minAssets().stripTrailingZeros().scale() > 2
						|| rule.minAssets().compareTo(new BigDecimal("100000000000000")) >= 0) {
					problems.add(new FieldProblem(field + "minAssets", "tiering.rules.amountInvalid"));
				}
				else if (tier == Tier.lowest(kind) && rule.minAssets().signum() != 0) {
					// Every client has a tier: the lowest one takes everyone the others do not.
					problems.add(new FieldProblem(field + "minAssets", "tiering.rules.lowestFromZero"));
				}
				else if (below != null && rule.minAssets().compareTo(below) <= 0) {
					problems.add(new FieldProblem(field + "minAssets", "tiering.rules.mustRise"));
				}
				below = rule.minAssets();
				if (rule.minExperienceYears() != null && (rule.minExperienceYears() < 0 || rule.minExperienceYears() > 100)) {
					problems.add(new FieldProblem(field + "minExperienceYears", "tiering.rules.yearsInvalid"));
				}
				if (rule.contactMonths() < 1 || rule.contactMonths() > 24) {
					problems.add(new FieldProblem(field + "contactMonths", "tiering.rules.monthsInvalid"));
				}
				if (rule.faceToFaceMonths() != null && (rule.faceToFaceMonths() < 1 || rule.faceToFaceMonths() > 24)) {
					problems.add(new FieldProblem(field + "faceToFaceMonths", "tiering.rules.monthsInvalid"));
				}
			}
		}
		return problems;
	}

	/** Saves the rules as a new version in force from now; answers its id. */
	public long save(CurrentUser user, List<TierRule> rules, Integer graceDays, String reason) {
		if (!user.can(Permission.TIER_RULE_ADMIN)) {
			throw new AccessDeniedException(Permission.TIER_RULE_ADMIN.name());
		}
		List<FieldProblem> problems = problems(rules, graceDays, reason);
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		TierRuleSet before = current();
		long id = this.jdbc.sql("insert into tiering_rule_version (created_at, created_by, reason, grace_days) "
				+ "values (?, ?, ?, ?) returning id")
			.params(Timestamp.from(this.clock.instant()), user.username(), PlainText.clean(reason).strip(), graceDays)
			.query(Long.class).single();
		AuditEntry entry = AuditEntry.of("TIER_RULES_CHANGED").target("TIER_RULES", id)
			.detail(PlainText.clean(reason).strip());
		if (before.graceDays() != graceDays) {
			entry.change("graceDays", before.graceDays(), graceDays);
		}
		for (TierRule rule : rules) {
			this.jdbc.sql("insert into tiering_rule (version_id, tier, min_assets, min_experience_years, "
					+ "requires_valid_assessment, contact_months, face_to_face_months) values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, rule.tier().name(), rule.minAssets(), rule.minExperienceYears(),
						rule.requiresValidAssessment(), rule.contactMonths(), rule.faceToFaceMonths())
				.update();
			TierRule old = before.rule(rule.tier());
			if (old == null || !old.equals(rule)) {
				entry.change(rule.tier().name(), (old != null) ? describe(old) : null, describe(rule));
			}
		}
		this.audit.record(entry);
		if (rules.stream().anyMatch((rule) -> !sameCadence(before.rule(rule.tier()), rule))) {
			reckonDueDaysAgain();
		}
		return id;
	}

	private static boolean sameCadence(TierRule old, TierRule rule) {
		return old != null && old.contactMonths() == rule.contactMonths()
				&& java.util.Objects.equals(old.faceToFaceMonths(), rule.faceToFaceMonths());
	}

	/**
	 * Who is due for contact follows new months at once: each client's due day, kept on the client (V0037), reckoned
	 * again. That waits for every transaction writing clients; an import holds one for minutes, and every client write
	 * would queue behind this save meanwhile. So it gives up after a few seconds, and the save with it.
	 */
	private void reckonDueDaysAgain() {
		this.jdbc.sql("set local lock_timeout = '5s'").update();
		try {
			this.jdbc.sql("select tiering_next_due_rebuild()").query().singleRow();
		}
		catch (DataAccessException ex) {
			// 55P03: lock_not_available, which Spring leaves uncategorised for PostgreSQL.
			if (ex.getMostSpecificCause() instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState())) {
				throw new ClientRuleException(List.of(new FieldProblem("*", "tiering.rules.busy")));
			}
			throw ex;
		}
	}

	private static String describe(TierRule rule) {
		return "from " + rule.minAssets().stripTrailingZeros().toPlainString()
				+ ((rule.minExperienceYears() != null) ? ", " + rule.minExperienceYears() + "y experience" : "")
				+ (rule.requiresValidAssessment() ? ", valid assessment" : "") + ", contact every "
				+ rule.contactMonths() + "m" + ((rule.faceToFaceMonths() != null)
						? ", face to face every " + rule.faceToFaceMonths() + "m" : "");
	}

}
