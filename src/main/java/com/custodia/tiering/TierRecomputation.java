package com.custodia.tiering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientService;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every client's tier, so rate changes, rule changes, expired assessments, ended overrides and grace
 * periods take effect: nightly, and when an admin asks. Clients go in id order, a batch per transaction, each batch a
 * fixed number of queries. ShedLock's lock {@value #LOCK} keeps two instances (or the night and an admin) from
 * running it at once; each run is recorded in {@code tiering_run} and audited once.
 */
@Component
public class TierRecomputation {

	static final String LOCK = "tier-recomputation";

	private static final Logger log = LoggerFactory.getLogger(TierRecomputation.class);

	private record Batch(int clients, int changes, long lastId) {
	}

	/** What a run did. */
	public record Run(long id, String trigger, String startedBy, Instant startedAt, Instant finishedAt, Integer clients,
			Integer changes) {
	}

	private final ClientService clients;

	private final Tiering tiering;

	private final TierRules rules;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	private final int batchSize;

	TierRecomputation(ClientService clients, Tiering tiering, TierRules rules, JdbcClient jdbc,
			TransactionTemplate transactions, AuditTrail audit, LockProvider locks, Clock clock,
			@Value("${custodia.tiering.batch-size:1000}") int batchSize) {
		this.clients = clients;
		this.tiering = tiering;
		this.rules = rules;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.locks = new DefaultLockingTaskExecutor(locks);
		this.clock = clock;
		this.batchSize = batchSize;
	}

	/** The nightly run, in the firm's time zone; on one instance only (the others find the lock taken and skip). */
	@Scheduled(cron = "${custodia.tiering.cron:0 30 1 * * *}", zone = "${custodia.display-time-zone:Asia/Shanghai}")
	@SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
	public void nightly() {
		runAll("NIGHTLY", "system");
	}

	/**
	 * A run an admin asks for, now; empty when a run is already going (on this instance or another), and the admin is
	 * told so.
	 */
	public Optional<Run> now(String username) {
		LockingTaskExecutor.TaskResult<Run> result;
		try {
			result = this.locks.executeWithLock(() -> runAll("MANUAL", username),
					new LockConfiguration(this.clock.instant(), LOCK, Duration.ofHours(2), Duration.ZERO));
		}
		catch (Throwable ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
	}

	/** Every client, batch by batch under the rules in force when the run started. */
	Run runAll(String trigger, String startedBy) {
		Instant started = this.clock.instant();
		long runId = this.jdbc.sql("insert into tiering_run (trigger, started_by, started_at) values (?, ?, ?) returning id")
			.params(trigger, startedBy, Timestamp.from(started)).query(Long.class).single();
		TierRuleSet ruleSet = this.rules.current();
		long after = 0;
		int clientCount = 0;
		int changeCount = 0;
		while (true) {
			long from = after;
			Batch done = this.transactions.execute((status) -> {
				List<ClientService.TierFacts> batch = this.clients.tierFacts(from, this.batchSize);
				return batch.isEmpty() ? null : new Batch(batch.size(), this.tiering.recomputeBatch(batch, ruleSet),
						batch.get(batch.size() - 1).id());
			});
			if (done == null) {
				break;
			}
			clientCount += done.clients();
			changeCount += done.changes();
			after = done.lastId();
		}
		Instant finished = this.clock.instant();
		this.jdbc.sql("update tiering_run set finished_at = ?, clients = ?, changes = ? where id = ?")
			.params(Timestamp.from(finished), clientCount, changeCount, runId).update();
		this.audit.record(AuditEntry.of("TIERS_RECOMPUTED").target("TIER_RUN", runId).actor(startedBy, List.of())
			.detail(trigger + ": " + clientCount + " clients, " + changeCount + " tier changes, rules version "
					+ ruleSet.versionId()));
		log.info("Tier recomputation {} ({}): {} clients, {} changes in {} ms", runId, trigger, clientCount, changeCount,
				Duration.between(started, finished).toMillis());
		return new Run(runId, trigger, startedBy, started, finished, clientCount, changeCount);
	}

	/** The latest runs, newest first. */
	public List<Run> latest(int limit) {
		return this.jdbc.sql("select * from tiering_run order by id desc limit ?").param(limit)
			.query((rs, row) -> new Run(rs.getLong("id"), rs.getString("trigger"), rs.getString("started_by"),
					rs.getTimestamp("started_at").toInstant(),
					(rs.getTimestamp("finished_at") != null) ? rs.getTimestamp("finished_at").toInstant() : null,
					(Integer) rs.getObject("clients"), (Integer) rs.getObject("changes")))
			.list();
	}

}
