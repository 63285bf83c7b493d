package com.custodia.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed events into the hash chain, in the order it finds them, every second. Business transactions never
 * wait for it: they only insert their event and a queue row. Only one sealer runs at a time across all instances
 * (a transaction-scoped advisory lock); a scheduled round that finds it taken is skipped.
 */
@Component
class AuditSealer {

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

	static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	AuditSealer(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${custodia.audit.seal-interval:1s}", initialDelayString = "${custodia.audit.seal-interval:1s}")
	void sealOnSchedule() {
		try {
			seal(false);
		}
		catch (RuntimeException ex) {
			log.warn("Sealing the audit trail failed; it will be retried: {}", ex.getMessage());
		}
	}

	/**
	 * Seals everything pending and answers how many events this call sealed. If another sealer is at work it waits
	 * for it, so that on return every event committed before the call is in the chain (the verifier relies on that).
	 */
	int sealAll() {
		return seal(true);
	}

	private int seal(boolean waitForOtherSealer) {
		int total = 0;
		int sealed;
		do {
			sealed = sealBatch(waitForOtherSealer);
			total += sealed;
		}
		while (sealed == BATCH);
		return total;
	}

	private int sealBatch(boolean waitForOtherSealer) {
		Integer sealed = this.transactions.execute((status) -> {
			if (waitForOtherSealer) {
				this.jdbc.queryForList("select pg_advisory_xact_lock(hashtext('custodia.audit.sealer'))");
			}
			else if (!Boolean.TRUE.equals(this.jdbc.queryForObject(
					"select pg_try_advisory_xact_lock(hashtext('custodia.audit.sealer'))", Boolean.class))) {
				return 0;
			}
			List<Map<String, Object>> last = this.jdbc.queryForList("select seq, hash from audit_chain order by seq desc limit 1");
			long seq = last.isEmpty() ? 0 : ((Number) last.get(0).get("seq")).longValue();
			String previous = last.isEmpty() ? ChainHashing.GENESIS : ((String) last.get(0).get("hash"));
			List<ChainHashing.SealedContent> events = this.jdbc.query("select " + EventRows.COLUMNS
					+ " from audit_pending p join audit_event e on e.id = p.event_id order by p.event_id limit " + BATCH,
					(rs, row) -> EventRows.content(rs));
			if (events.isEmpty()) {
				return 0;
			}
			ChainHashing hashing = new ChainHashing();
			List<Object[]> links = new ArrayList<>(events.size());
			for (ChainHashing.SealedContent event : events) {
				String hash = hashing.hash(previous, event);
				links.add(new Object[] { ++seq, event.id(), previous, hash });
				previous = hash;
			}
			this.jdbc.batchUpdate("insert into audit_chain (seq, event_id, prev_hash, hash) values (?, ?, ?, ?)", links);
			this.jdbc.update("delete from audit_pending where event_id = any(?)",
					(Object) events.stream().map(ChainHashing.SealedContent::id).toArray(Long[]::new));
			return events.size();
		});
		return (sealed != null) ? sealed : 0;
	}

}
