package com.custodia.audit;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the whole chain in order, recomputes every hash and checks every link, and keeps the result. Runs nightly
 * (once across all instances, by ShedLock) and whenever an auditor asks on {@code /audit/verify}.
 */
@Service
public class ChainVerifier {

	private static final Logger log = LoggerFactory.getLogger(ChainVerifier.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AuditSealer sealer;

	private final Clock clock;

	ChainVerifier(JdbcTemplate jdbc, TransactionTemplate transactions, AuditSealer sealer, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.sealer = sealer;
		this.clock = clock;
	}

	@Scheduled(cron = "${custodia.audit.verify-cron:0 30 2 * * *}")
	@SchedulerLock(name = "audit-chain-verification", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
	void verifyNightly() {
		ChainVerification result = verify("nightly job");
		if (!result.intact()) {
			log.error("The audit chain is BROKEN at position {} (event {}): {}", result.brokenSeq(),
					result.brokenEventId(), result.reason());
		}
	}

	/** Verifies the whole chain now and records the result. */
	public ChainVerification verify(String requestedBy) {
		this.sealer.sealAll();
		Instant started = this.clock.instant();
		Walk walk = this.transactions.execute((status) -> {
			Walk w = new Walk();
			// A forward-only cursor inside the transaction: rows stream in batches instead of being held in memory.
			JdbcTemplate streaming = new JdbcTemplate(this.jdbc.getDataSource());
			streaming.setFetchSize(10_000);
			streaming.query("select c.seq, c.event_id as chain_event_id, c.prev_hash, c.hash as sealed_hash, "
					+ EventRows.COLUMNS + " from audit_chain c left join audit_event e on e.id = c.event_id order by c.seq",
					(RowCallbackHandler) w::accept);
			if (w.intact) {
				Long unsealed = this.jdbc.queryForObject("""
						select min(e.id) from audit_event e
						where not exists (select 1 from audit_chain c where c.event_id = e.id)
						  and not exists (select 1 from audit_pending p where p.event_id = e.id)""", Long.class);
				if (unsealed != null) {
					w.broken(w.expectedSeq, unsealed, "UNSEALED_EVENT");
				}
			}
			return w;
		});
		Instant finished = this.clock.instant();
		Long id = this.jdbc.queryForObject("""
				insert into audit_verification (started_at, finished_at, requested_by, events_checked, intact,
				                                broken_seq, broken_event_id, reason, last_seq, last_hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
				OffsetDateTime.ofInstant(started, java.time.ZoneOffset.UTC),
				OffsetDateTime.ofInstant(finished, java.time.ZoneOffset.UTC), requestedBy, walk.checked, walk.intact,
				walk.brokenSeq, walk.brokenEventId, walk.reason, (walk.expectedSeq > 1) ? walk.expectedSeq - 1 : null,
				walk.lastHash);
		return new ChainVerification(id, started, finished, requestedBy, walk.checked, walk.intact, walk.brokenSeq,
				walk.brokenEventId, walk.reason, (walk.expectedSeq > 1) ? walk.expectedSeq - 1 : null, walk.lastHash);
	}

	/** The most recent verification, if any has run. */
	@Transactional(readOnly = true)
	public java.util.Optional<ChainVerification> latest() {
		List<ChainVerification> found = this.jdbc.query(
				"select * from audit_verification order by id desc limit 1",
				(rs, row) -> new ChainVerification(rs.getLong("id"),
						rs.getObject("started_at", OffsetDateTime.class).toInstant(),
						rs.getObject("finished_at", OffsetDateTime.class).toInstant(), rs.getString("requested_by"),
						rs.getLong("events_checked"), rs.getBoolean("intact"), (Long) rs.getObject("broken_seq", Long.class),
						(Long) rs.getObject("broken_event_id", Long.class), rs.getString("reason"),
						(Long) rs.getObject("last_seq", Long.class), rs.getString("last_hash")));
		return found.stream().findFirst();
	}

	/** The chain's current head: its last position and hash, or empty while nothing is sealed. */
	@Transactional(readOnly = true)
	public java.util.Optional<ChainHead> head() {
		return this.jdbc.query("select seq, hash from audit_chain order by seq desc limit 1",
				(rs, row) -> new ChainHead(rs.getLong("seq"), rs.getString("hash"))).stream().findFirst();
	}

	/** The last sealed position and its hash. */
	public record ChainHead(long seq, String hash) {
	}

	/** The state of one walk along the chain; stops checking at the first break. */
	private static final class Walk {

		final ChainHashing hashing = new ChainHashing();

		long expectedSeq = 1;

		long checked;

		boolean intact = true;

		String lastHash = ChainHashing.GENESIS;

		Long brokenSeq;

		Long brokenEventId;

		String reason;

		void accept(ResultSet rs) throws java.sql.SQLException {
			if (!this.intact) {
				return;
			}
			long seq = rs.getLong("seq");
			long eventId = rs.getLong("chain_event_id");
			if (seq != this.expectedSeq) {
				broken(this.expectedSeq, null, "LINK_MISSING");
				return;
			}
			if (!rs.getString("prev_hash").equals(this.lastHash)) {
				broken(seq, eventId, "LINK_MISMATCH");
				return;
			}
			if (rs.getObject("id") == null) {
				broken(seq, eventId, "EVENT_MISSING");
				return;
			}
			String sealed = rs.getString("sealed_hash");
			if (!this.hashing.hash(this.lastHash, EventRows.content(rs)).equals(sealed)) {
				broken(seq, eventId, "CONTENT_CHANGED");
				return;
			}
			this.checked++;
			this.lastHash = sealed;
			this.expectedSeq++;
		}

		void broken(long seq, Long eventId, String why) {
			this.intact = false;
			this.brokenSeq = seq;
			this.brokenEventId = eventId;
			this.reason = why;
		}

	}

}
