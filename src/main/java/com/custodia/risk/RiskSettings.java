package com.custodia.risk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.web.FieldProblem;
import com.custodia.clients.RiskLevel;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.StaleRecordException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk officer's settings: how many months an assessment stays valid (12 unless changed), and the suggested
 * allocation for each level. A change applies to assessments confirmed afterwards; each assessment keeps the validity
 * and allocation it was confirmed with, so its report never changes.
 */
@Service
@Transactional
public class RiskSettings {

	/** The settings as a whole, with the version the form was based on. */
	public record Settings(int validityMonths, Map<RiskLevel, Map<AssetClass, Integer>> allocation, long version) {

		public Map<AssetClass, Integer> allocationFor(RiskLevel level) {
			return this.allocation.get(level);
		}

	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	RiskSettings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Settings current() {
		record Row(int months, long version) {
		}
		Row row = this.jdbc.sql("select validity_months, version from risk_setting where id = 1")
			.query((rs, n) -> new Row(rs.getInt(1), rs.getLong(2))).single();
		Map<RiskLevel, Map<AssetClass, Integer>> allocation = new EnumMap<>(RiskLevel.class);
		for (RiskLevel level : RiskLevel.values()) {
			allocation.put(level, new EnumMap<>(AssetClass.class));
		}
		this.jdbc.sql("select level, asset_class, percent from risk_allocation").query((rs) -> {
			allocation.get(RiskLevel.valueOf(rs.getString(1))).put(AssetClass.valueOf(rs.getString(2)), rs.getInt(3));
		});
		return new Settings(row.months(), allocation, row.version());
	}

	/** Problems by field ({@code validityMonths}, {@code allocation[C1]}); empty when the settings may be saved. */
	public static List<FieldProblem> problems(Integer validityMonths, Map<RiskLevel, Map<AssetClass, Integer>> allocation) {
		List<FieldProblem> problems = new ArrayList<>();
		if (validityMonths == null || validityMonths < 1 || validityMonths > 60) {
			problems.add(new FieldProblem("validityMonths", "risk.settings.validityRange", 1, 60));
		}
		for (RiskLevel level : RiskLevel.values()) {
			Map<AssetClass, Integer> row = allocation.getOrDefault(level, Map.of());
			int sum = 0;
			boolean complete = true;
			for (AssetClass assetClass : AssetClass.values()) {
				Integer percent = row.get(assetClass);
				if (percent == null || percent < 0 || percent > 100) {
					complete = false;
				}
				else {
					sum += percent;
				}
			}
			if (!complete) {
				problems.add(new FieldProblem("allocation[" + level + "]", "risk.settings.percentRange"));
			}
			else if (sum != 100) {
				problems.add(new FieldProblem("allocation[" + level + "]", "risk.settings.percentSum", sum));
			}
		}
		return problems;
	}

	public void update(CurrentUser user, long version, int validityMonths,
			Map<RiskLevel, Map<AssetClass, Integer>> allocation) {
		if (!user.can(Permission.QUESTIONNAIRE_ADMIN)) {
			throw new AccessDeniedException(Permission.QUESTIONNAIRE_ADMIN.name());
		}
		List<FieldProblem> problems = problems(validityMonths, allocation);
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		Settings before = current();
		int updated = this.jdbc.sql("update risk_setting set validity_months = ?, updated_at = ?, updated_by = ?, "
				+ "version = version + 1 where id = 1 and version = ?")
			.params(validityMonths, Rows.timestamp(this.clock.instant()), user.username(), version).update();
		if (updated == 0) {
			throw new StaleRecordException("riskSettings", 1);
		}
		AuditEntry entry = AuditEntry.of("RISK_SETTINGS_CHANGED").target("RISK_SETTINGS", 1)
			.change("validityMonths", before.validityMonths(), validityMonths);
		for (RiskLevel level : RiskLevel.values()) {
			for (AssetClass assetClass : AssetClass.values()) {
				int percent = allocation.get(level).get(assetClass);
				Integer old = before.allocationFor(level).get(assetClass);
				if (old == null || old != percent) {
					this.jdbc.sql("update risk_allocation set percent = ? where level = ? and asset_class = ?")
						.params(percent, level.name(), assetClass.name()).update();
					entry.change("allocation." + level + "." + assetClass, old, percent);
				}
			}
		}
		this.audit.record(entry);
	}

}
