package com.custodia.access;

import java.time.Duration;
import java.time.Instant;

import com.custodia.security.Permission;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The lockout counter against PostgreSQL, on a clock of the test's own. */
@CustodiaIntegrationTest
class FailedLoginCounterTests {

	private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

	private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

	@Autowired
	FailedLoginCounter counter;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFifthFailureInARowLocksForFifteenMinutesAndTheLockThenEnds() {
		long id = this.accounts.idOf(this.accounts.user(Permission.CLIENT_READ));
		for (int i = 0; i < 4; i++) {
			assertThat(this.counter.countFailure(id, T, 5, FIFTEEN_MINUTES)).isEmpty();
		}
		assertThat(this.counter.countFailure(id, T, 5, FIFTEEN_MINUTES)).contains(T.plus(FIFTEEN_MINUTES));
		assertThat(user(id).isLocked(T.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(user(id).isLocked(T.plus(FIFTEEN_MINUTES))).isFalse();
	}

	@Test
	void failuresWhileLockedNeitherCountNorExtendTheLock() {
		long id = this.accounts.idOf(this.accounts.user(Permission.CLIENT_READ));
		for (int i = 0; i < 5; i++) {
			this.counter.countFailure(id, T, 5, FIFTEEN_MINUTES);
		}
		assertThat(this.counter.countFailure(id, T.plus(Duration.ofMinutes(10)), 5, FIFTEEN_MINUTES)).isEmpty();
		assertThat(lockedUntil(id)).isEqualTo(T.plus(FIFTEEN_MINUTES));
		assertThat(this.jdbc.queryForObject("select failed_logins from access_user where id = ?", Integer.class, id)).isZero();
		// Once the lock has run out, failures count again from one.
		assertThat(this.counter.countFailure(id, T.plus(Duration.ofMinutes(16)), 5, FIFTEEN_MINUTES)).isEmpty();
		assertThat(this.jdbc.queryForObject("select failed_logins from access_user where id = ?", Integer.class, id)).isEqualTo(1);
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() {
		long id = this.accounts.idOf(this.accounts.user(Permission.CLIENT_READ));
		for (int i = 0; i < 4; i++) {
			this.counter.countFailure(id, T, 5, FIFTEEN_MINUTES);
		}
		this.counter.countSuccess(id, T);
		assertThat(this.counter.countFailure(id, T, 5, FIFTEEN_MINUTES)).isEmpty();
		assertThat(lockedUntil(id)).isNull();
	}

	private Instant lockedUntil(long id) {
		java.time.OffsetDateTime until = this.jdbc.queryForObject("select locked_until from access_user where id = ?",
				java.time.OffsetDateTime.class, id);
		return (until != null) ? until.toInstant() : null;
	}

	private UserAccountProbe user(long id) {
		return new UserAccountProbe(lockedUntil(id));
	}

	/** The one question these tests ask of the stored account. */
	private record UserAccountProbe(Instant lockedUntil) {

		boolean isLocked(Instant now) {
			return this.lockedUntil != null && this.lockedUntil.isAfter(now);
		}

	}

}
