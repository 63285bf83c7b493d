package com.custodia.audit;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
			// This thread decodes rows while a second one hashes them, so reading and hashing overlap.
			JdbcTemplate streaming = new JdbcTemplate(this.jdbc.getDataSource());
			streaming.setFetchSize(10_000);
			BlockingQueue<List<Link>> batches = new ArrayBlockingQueue<>(16);
			ExecutorService hasher = Executors.newSingleThreadExecutor((runnable) -> new Thread(runnable, "audit-verify"));
			try {
				Future<?> checking = hasher.submit(() -> {
					for (List<Link> batch = take(batches); !batch.isEmpty(); batch = take(batches)) {
						batch.forEach(w::check);
					}
				});
				List<Link> batch = new ArrayList<>(BATCH);
				long[] handedOver = { 0 };
				streaming.query("select c.seq, c.event_id as chain_event_id, c.prev_hash, c.hash as sealed_hash, "
						+ EventRows.COLUMNS + " from audit_chain c left join audit_event e on e.id = c.event_id order by c.seq",
						(RowCallbackHandler) (rs) -> {
							batch.add(Link.read(rs));
							handedOver[0]++;
							if (batch.size() == BATCH) {
								put(batches, new ArrayList<>(batch), checking);
								batch.clear();
							}
						});
				if (!batch.isEmpty()) {
					put(batches, batch, checking);
				}
				put(batches, List.of(), checking);
				checking.get();
				// Every link read must have been checked, or the walk ended at a break: never a silent partial walk.
				if (w.intact && w.checked != handedOver[0]) {
					throw new IllegalStateException("Verification checked " + w.checked + " of " + handedOver[0] + " links");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Verification was interrupted", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("Verification failed", ex.getCause());
			}
			finally {
				hasher.shutdownNow();
			}
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

	private static final int BATCH = 2_000;

	private static List<Link> take(BlockingQueue<List<Link>> queue) {
		try {
			return queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return List.of();
		}
	}

	/** Hands a batch to the hashing thread, unless that thread has stopped (then its failure is reported). */
	private static void put(BlockingQueue<List<Link>> queue, List<Link> batch, Future<?> checking) {
		try {
			while (!queue.offer(batch, 1, java.util.concurrent.TimeUnit.SECONDS)) {
				if (checking.isDone()) {
					checking.get();
					throw new IllegalStateException("The hashing thread stopped early");
				}
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Verification failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Verification was interrupted", ex);
		}
	}

	/** One position of the chain as stored, with its event's content ({@code null} when the event is gone). */
	private record Link(long seq, long eventId, String prevHash, String sealedHash, ChainHashing.SealedContent event) {

		static Link read(ResultSet rs) throws java.sql.SQLException {
			boolean present = rs.getObject("id") != null;
			return new Link(rs.getLong("seq"), rs.getLong("chain_event_id"), rs.getString("prev_hash"),
					rs.getString("sealed_hash"), present ? EventRows.content(rs) : null);
		}

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

		void check(Link link) {
			if (!this.intact) {
				return;
			}
			if (link.seq() != this.expectedSeq) {
				broken(this.expectedSeq, null, "LINK_MISSING");
				return;
			}
			if (!link.prevHash().equals(this.lastHash)) {
				broken(link.seq(), link.eventId(), "LINK_MISMATCH");
				return;
			}
			if (link.event() == null) {
				broken(link.seq(), link.eventId(), "EVENT_MISSING");
				return;
			}
			if (!this.hashing.hash(this.lastHash, link.event()).equals(link.sealedHash())) {
				broken(link.seq(), link.eventId(), "CONTENT_CHANGED");
				return;
			}
			this.checked++;
			this.lastHash = link.sealedHash();
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
