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
 * (a transaction-scoped advisory lock); the others skip that round.
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
			sealAll();
		}
		catch (RuntimeException ex) {
			log.warn("Sealing the audit trail failed; it will be retried: {}", ex.getMessage());
		}
	}

	/** Seals everything pending; answers how many events were sealed. */
	int sealAll() {
		int total = 0;
		int sealed;
		do {
			sealed = sealBatch();
			total += sealed;
		}
		while (sealed == BATCH);
		return total;
	}

	int sealBatch() {
		Integer sealed = this.transactions.execute((status) -> {
			Boolean locked = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext('custodia.audit.sealer'))",
					Boolean.class);
			if (!Boolean.TRUE.equals(locked)) {
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
