package com.custodia.clients;

import java.math.BigDecimal;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.web.StaleRecordException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The individual segment thresholds an admin edits at /admin/segments; one row, versioned, every change audited. */
@Service
@Transactional
public class SegmentRuleStore {

	/** The thresholds with the version the edit form is based on. */
	public record Current(SegmentRules rules, long version) {
	}

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	SegmentRuleStore(JdbcTemplate jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Current current() {
		return this.jdbc.queryForObject(
				"select high_net_worth_from, ultra_high_net_worth_from, version from clients_segment_rule where id = 1",
				(rs, row) -> new Current(new SegmentRules(rs.getBigDecimal(1).stripTrailingZeros(),
						rs.getBigDecimal(2).stripTrailingZeros()), rs.getLong(3)));
	}

	public SegmentRules rules() {
		return current().rules();
	}

	public void update(BigDecimal highNetWorthFrom, BigDecimal ultraHighNetWorthFrom, long version) {
		Current before = current();
		SegmentRules after = new SegmentRules(highNetWorthFrom, ultraHighNetWorthFrom);
		int updated = this.jdbc.update("""
				update clients_segment_rule set high_net_worth_from = ?, ultra_high_net_worth_from = ?,
				  version = version + 1, updated_at = now() where id = 1 and version = ?""", highNetWorthFrom,
				ultraHighNetWorthFrom, version);
		if (updated == 0) {
			throw new StaleRecordException("segment rules", 1);
		}
		this.audit.record(AuditEntry.of("SEGMENT_RULES_UPDATED").target("SEGMENT_RULES", 1)
			.change("highNetWorthFrom", before.rules().highNetWorthFrom().toPlainString(), after.highNetWorthFrom().toPlainString())
			.change("ultraHighNetWorthFrom", before.rules().ultraHighNetWorthFrom().toPlainString(),
					after.ultraHighNetWorthFrom().toPlainString()));
	}

}
