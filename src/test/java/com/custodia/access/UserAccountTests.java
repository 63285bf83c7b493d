package com.custodia.access;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTests {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void theFifthFailureInARowLocksForFifteenMinutes() {
		UserAccount user = new UserAccount("rm9", "{noop}x", false);
		for (int i = 0; i < 4; i++) {
			assertThat(user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isFalse();
		}
		assertThat(user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isTrue();
		assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() {
		UserAccount user = new UserAccount("rm9", "{noop}x", false);
		for (int i = 0; i < 4; i++) {
			user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
		}
		user.recordSuccessfulLogin(NOW);
		assertThat(user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15))).isFalse();
		assertThat(user.isLocked(NOW)).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		UserAccount user = new UserAccount("rm9", "{noop}x", false);
		for (int i = 0; i < 5; i++) {
			user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
		}
		user.recordFailedLogin(NOW.plus(Duration.ofMinutes(10)), 5, Duration.ofMinutes(15));
		assertThat(user.getLockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
	}

	@Test
	void anAdminUnlockClearsTheLock() {
		UserAccount user = new UserAccount("rm9", "{noop}x", false);
		for (int i = 0; i < 5; i++) {
			user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
		}
		user.unlock();
		assertThat(user.isLocked(NOW)).isFalse();
	}

}
