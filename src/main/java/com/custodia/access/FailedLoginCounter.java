package com.custodia.access;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed and successful logins with single atomic updates. They take the row's lock but leave its
 * {@code version} alone, so simultaneous wrong passwords are all counted (none fails on a version clash), and a
 * user signing in does not make an admin's open edit form of that user stale.
 */
@Component
class FailedLoginCounter {

	private static final String COUNT_FAILURE = """
			update access_user set
			    failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
			    locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
			where id = ? and (locked_until is null or locked_until <= ?)
			returning locked_until""";

	private final JdbcTemplate jdbc;

	FailedLoginCounter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts one failure; answers when the lock ends if this failure locked the account. */
	Optional<Instant> countFailure(long userId, Instant now, int maxFailures, Duration lockFor) {
		OffsetDateTime lockUntil = OffsetDateTime.ofInstant(now.plus(lockFor).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
		List<OffsetDateTime> after = this.jdbc.queryForList(COUNT_FAILURE, OffsetDateTime.class, maxFailures, maxFailures,
				lockUntil, userId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
		return after.stream().filter((until) -> until != null && until.toInstant().equals(lockUntil.toInstant()))
			.map(OffsetDateTime::toInstant)
			.findFirst();
	}

	void countSuccess(long userId, Instant now) {
		this.jdbc.update("update access_user set failed_logins = 0, locked_until = null, last_login_at = ? where id = ?",
				OffsetDateTime.ofInstant(now, ZoneOffset.UTC), userId);
	}

}
