package com.custodia.audit;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.custodia.security.Permission;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trail itself: transactions, append-only storage, the hash chain and its verification, against PostgreSQL. */
@CustodiaIntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditSealer sealer;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	AuditQueries queries;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestAccounts accounts;

	@Test
	void anEventCommitsWithItsChangeAndRollsBackWithIt() {
		String user = this.accounts.user(Permission.CLIENT_READ);
		Long committed = this.transactions.execute((status) -> {
			this.jdbc.update("update access_user set display_name = 'Committed' where username = ?", user);
			return this.audit.record(AuditEntry.of("USER_UPDATED").target("USER", user).change("displayName", "x", "Committed"));
		});
		Long rolledBack = this.transactions.execute((status) -> {
			this.jdbc.update("update access_user set display_name = 'Rolled back' where username = ?", user);
			long id = this.audit.record(AuditEntry.of("USER_UPDATED").target("USER", user));
			status.setRollbackOnly();
			return id;
		});
		assertThat(count("select count(*) from audit_event where id = ?", committed)).isEqualTo(1);
		assertThat(count("select count(*) from audit_event where id = ?", rolledBack)).isZero();
		assertThat(this.jdbc.queryForObject("select display_name from access_user where username = ?", String.class, user))
			.isEqualTo("Committed");
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteTheTrail() {
		long id = this.audit.record(AuditEntry.of("USER_UPDATED").target("USER", "1"));
		this.sealer.sealAll();
		assertThatThrownBy(() -> this.jdbc.update("update audit_event set action = 'NOTHING' where id = ?", id))
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event where id = ?", id))
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("update audit_chain set hash = repeat('0', 64) where event_id = ?", id))
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_chain where event_id = ?", id))
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.execute("truncate audit_event cascade"))
			.isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThat(count("select count(*) from audit_event where id = ? and action = 'USER_UPDATED'", id)).isEqualTo(1);
	}

	@Test
	void verificationNamesTheEventWhoseContentWasChangedBehindTheAppsBack() throws Exception {
		assumeSuperuser();
		long id = this.audit.record(AuditEntry.of("USER_UPDATED").target("USER", "victim").detail("原来的内容"));
		this.sealer.sealAll();
		long seq = count("select seq from audit_chain where event_id = ?", id);
		assertThat(this.verifier.verify("test").intact()).isTrue();
		try {
			asSuperuserWithoutTriggers("update audit_event set detail = '改过的内容' where id = " + id);
			ChainVerification result = this.verifier.verify("test");
			assertThat(result.intact()).isFalse();
			assertThat(result.brokenEventId()).isEqualTo(id);
			assertThat(result.brokenSeq()).isEqualTo(seq);
			assertThat(result.reason()).isEqualTo("CONTENT_CHANGED");
		}
		finally {
			asSuperuserWithoutTriggers("update audit_event set detail = '原来的内容' where id = " + id);
		}
		assertThat(this.verifier.verify("test").intact()).isTrue();
	}

	@Test
	void verificationNamesTheEventThatWasDeletedBehindTheAppsBack() throws Exception {
		assumeSuperuser();
		long id = this.audit.record(AuditEntry.of("USER_DISABLED").target("USER", "victim"));
		this.sealer.sealAll();
		long seq = count("select seq from audit_chain where event_id = ?", id);
		Map<String, Object> original = this.jdbc.queryForMap("select * from audit_event where id = ?", id);
		try {
			asSuperuserWithoutTriggers("delete from audit_event where id = " + id);
			ChainVerification result = this.verifier.verify("test");
			assertThat(result.intact()).isFalse();
			assertThat(result.brokenSeq()).isEqualTo(seq);
			assertThat(result.brokenEventId()).isEqualTo(id);
			assertThat(result.reason()).isEqualTo("EVENT_MISSING");
		}
		finally {
			asSuperuserWithoutTriggers("insert into audit_event (id, occurred_at, action, target_type, target_id, outcome) "
					+ "overriding system value values (" + id + ", '" + original.get("occurred_at")
					+ "', 'USER_DISABLED', 'USER', 'victim', 'SUCCESS')");
		}
		assertThat(this.verifier.verify("test").intact()).isTrue();
	}

	@Test
	void anEventSlippedInWithoutTheAppIsReported() throws Exception {
		assumeSuperuser();
		this.sealer.sealAll();
		long forged = 0;
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			var rs = statement.executeQuery("insert into audit_event (action, outcome) values ('LOGIN_SUCCESS', 'SUCCESS') returning id");
			rs.next();
			forged = rs.getLong(1);
		}
		ChainVerification result = this.verifier.verify("test");
		assertThat(result.intact()).isFalse();
		assertThat(result.reason()).isEqualTo("UNSEALED_EVENT");
		assertThat(result.brokenEventId()).isEqualTo(forged);
		// Put the trail right again for the other tests: the forged event is removed the way it came in.
		asSuperuserWithoutTriggers("delete from audit_event where id = " + forged);
		assertThat(this.verifier.verify("test").intact()).isTrue();
	}

	@Test
	void sealingOnDemandWaitsForASealerAlreadyAtWorkAndThenSealsEverythingCommitted() throws Exception {
		long id = this.audit.record(AuditEntry.of("USER_UPDATED").target("USER", "waiting"));
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection otherSealer = this.dataSource.getConnection()) {
			otherSealer.setAutoCommit(false);
			try (Statement statement = otherSealer.createStatement()) {
				statement.execute("select pg_advisory_xact_lock(hashtext('custodia.audit.sealer'))");
			}
			Future<Integer> sealing = pool.submit(() -> this.sealer.sealAll());
			Thread.sleep(300);
			assertThat(sealing).as("waits while the other sealer holds the lock").isNotDone();
			otherSealer.rollback();
			sealing.get(10, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("select count(*) from audit_chain where event_id = ?", id)).isEqualTo(1);
	}

	@Test
	void theLatestEventsOfSeveralActionsAreMergedNewestFirst() {
		String a = "TEST_RECENT_A" + System.nanoTime();
		String b = "TEST_RECENT_B" + System.nanoTime();
		List<Long> ids = new ArrayList<>();
		for (String action : List.of(a, b, a, b, a)) {
			ids.add(this.audit.record(AuditEntry.of(action).target("USER", "recent")));
		}
		assertThat(this.queries.recent(List.of(a, b, "NO_SUCH_ACTION"), 3)).extracting(AuditEventView::id)
			.containsExactly(ids.get(4), ids.get(3), ids.get(2));
	}

	@Test
	void eightWritersOfAThousandChangesEachLeaveACompleteIntactChain() throws Exception {
		int threads = 8;
		int perThread = 1000;
		List<String> users = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			users.add(this.accounts.user(Permission.CLIENT_READ));
		}
		long before = count("select coalesce(max(id), 0) from audit_event");
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
		Future<?> sealing = pool.submit(() -> {
			while (writing.get()) {
				this.sealer.sealAll();
			}
		});
		List<Future<?>> writers = new ArrayList<>();
		for (String user : users) {
			writers.add(pool.submit(() -> {
				for (int i = 0; i < perThread; i++) {
					int n = i;
					this.transactions.executeWithoutResult((status) -> {
						this.jdbc.update("update access_user set display_name = ? where username = ?", "v" + n, user);
						this.audit.record(AuditEntry.of("USER_UPDATED").target("USER", user).change("displayName", "v" + (n - 1), "v" + n));
					});
				}
			}));
		}
		for (Future<?> writer : writers) {
			writer.get();
		}
		writing.set(false);
		sealing.get();
		pool.shutdown();
		this.sealer.sealAll();

		long written = count("select count(*) from audit_event where id > ? and action = 'USER_UPDATED' and target_id = any(?)",
				before, users.toArray(String[]::new));
		long sealed = count("select count(*) from audit_chain c join audit_event e on e.id = c.event_id "
				+ "where e.id > ? and e.action = 'USER_UPDATED' and e.target_id = any(?)", before, users.toArray(String[]::new));
		assertThat(written).isEqualTo(threads * perThread);
		assertThat(sealed).isEqualTo(written);
		assertThat(count("select count(*) from audit_pending")).isZero();
		assertThat(count("select max(seq) - count(*) from audit_chain")).as("no gap in the chain").isZero();
		ChainVerification result = this.verifier.verify("test");
		assertThat(result.intact()).isTrue();
		assertThat(result.eventsChecked()).isEqualTo(count("select count(*) from audit_chain"));
	}

	private long count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

	private void assumeSuperuser() {
		Boolean superuser = this.jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class);
		Assumptions.assumeTrue(Boolean.TRUE.equals(superuser), "tampering needs a superuser connection");
	}

	/** What an attacker with the database's superuser password could do: switch the triggers off and edit. */
	private void asSuperuserWithoutTriggers(String sql) throws Exception {
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("set session_replication_role = replica");
			try {
				statement.execute(sql);
			}
			finally {
				statement.execute("set session_replication_role = origin");
			}
		}
	}

}
