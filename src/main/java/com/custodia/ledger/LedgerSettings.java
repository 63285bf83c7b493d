package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.FieldProblem;
import com.custodia.web.StaleRecordException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's admin settings: the four-eyes threshold, the alert thresholds, and the dated exchange rates. Rates are
 * set from today on (a past day is history); one for today or later may be replaced. Every change is audited.
 */
@Service
@Transactional
public class LedgerSettings {

	/** The thresholds, with the version the form was based on. */
	public record Thresholds(BigDecimal approvalThreshold, AlertRules.Settings alerts, long version) {
	}

	/** A stored rate. */
	public record StoredRate(Currency currency, LocalDate validFrom, BigDecimal inBase, String createdBy) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ClientService clients;

	LedgerSettings(JdbcClient jdbc, AuditTrail audit, ClientService clients) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clients = clients;
	}

	@Transactional(readOnly = true)
	public Thresholds thresholds() {
		return this.jdbc.sql("select * from ledger_setting where id = 1")
			.query((rs, row) -> new Thresholds(rs.getBigDecimal("approval_threshold"),
					new AlertRules.Settings(rs.getBigDecimal("alert_large_movement"), rs.getInt("alert_withdrawals_per_day"),
							rs.getBigDecimal("alert_share_of_assets")),
					rs.getLong("version")))
			.single();
	}

	public void updateThresholds(CurrentUser user, long version, BigDecimal approval, BigDecimal large, Integer perDay,
			BigDecimal share) {
		require(user, Permission.SETTINGS_ADMIN);
		List<FieldProblem> problems = new ArrayList<>();
		amount(problems, "approvalThreshold", approval);
		amount(problems, "largeMovement", large);
		if (perDay == null || perDay < 1 || perDay > 100) {
			problems.add(new FieldProblem("withdrawalsPerDay", "ledger.settings.perDayRange", 1, 100));
		}
		if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0
				|| share.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem("shareOfAssets", "ledger.settings.shareRange"));
		}
		if (approval != null && large != null && large.compareTo(approval) < 0 && problems.isEmpty()) {
			problems.add(new FieldProblem("largeMovement", "ledger.settings.largeBelowApproval"));
		}
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		Thresholds before = thresholds();
		BigDecimal fraction = share.movePointLeft(2);
		int updated = this.jdbc.sql("update ledger_setting set approval_threshold = ?, alert_large_movement = ?, "
				+ "alert_withdrawals_per_day = ?, alert_share_of_assets = ?, version = version + 1 where id = 1 and version = ?")
			.params(approval, large, perDay, fraction, version).update();
		if (updated == 0) {
			throw new StaleRecordException("ledgerSettings", 1);
		}
		this.audit.record(AuditEntry.of("LEDGER_SETTINGS_CHANGED").target("LEDGER_SETTINGS", 1)
			.change("approvalThreshold", before.approvalThreshold(), approval)
			.change("alertLargeMovement", before.alerts().largeMovement(), large)
			.change("alertWithdrawalsPerDay", before.alerts().withdrawalsPerDay(), perDay)
			.change("alertShareOfAssets", before.alerts().shareOfAssets(), fraction));
	}

	/** Every rate, newest day first. */
	@Transactional(readOnly = true)
	public List<StoredRate> rates() {
		return this.jdbc.sql("select currency, valid_from, in_base, created_by from ledger_rate "
				+ "order by valid_from desc, currency limit 500")
			.query((rs, row) -> new StoredRate(Currency.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
					rs.getBigDecimal(3), rs.getString(4)))
			.list();
	}

	/** Adds a rate from a day on; a rate for today or a later day may be replaced, one for a past day not. */
	public void setRate(CurrentUser user, Currency currency, LocalDate validFrom, BigDecimal inBase) {
		require(user, Permission.FX_RATE_ADMIN);
		List<FieldProblem> problems = new ArrayList<>();
		if (currency == null || currency == Currency.BASE) {
			problems.add(new FieldProblem("currency", "ledger.rate.currencyInvalid"));
		}
		if (validFrom == null) {
			problems.add(new FieldProblem("validFrom", "client.required"));
		}
		if (inBase == null || inBase.signum() <= 0 || inBase.scale() > 8 || inBase.compareTo(BigDecimal.valueOf(10_000)) > 0) {
			problems.add(new FieldProblem("inBase", "ledger.rate.valueInvalid"));
		}
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		// Past days are history: a rate added or changed for one would change statements already given out.
		if (validFrom.isBefore(this.clients.today())) {
			throw new ClientRuleException("validFrom", "ledger.rate.pastFixed");
		}
		BigDecimal before = this.jdbc.sql("select in_base from ledger_rate where currency = ? and valid_from = ?")
			.params(currency.name(), validFrom).query(BigDecimal.class).optional().orElse(null);
		this.jdbc.sql("insert into ledger_rate (currency, valid_from, in_base, created_at, created_by) values (?, ?, ?, now(), ?) "
				+ "on conflict (currency, valid_from) do update set in_base = excluded.in_base, created_at = now(), "
				+ "created_by = excluded.created_by")
			.params(currency.name(), validFrom, inBase, user.username()).update();
		this.audit.record(AuditEntry.of("EXCHANGE_RATE_SET").target("EXCHANGE_RATE", currency + "@" + validFrom)
			.change("inBase", before, inBase));
	}

	private static void amount(List<FieldProblem> problems, String field, BigDecimal value) {
		if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2
				|| value.compareTo(new BigDecimal("1000000000000")) >= 0) {
			problems.add(new FieldProblem(field, "ledger.settings.amountInvalid"));
		}
	}

	private static void require(CurrentUser user, Permission permission) {
		if (!user.can(permission)) {
			throw new AccessDeniedException(permission.name());
		}
	}

}
