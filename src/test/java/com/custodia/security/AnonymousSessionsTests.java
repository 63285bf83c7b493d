package com.custodia.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import jakarta.servlet.http.HttpSessionEvent;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymousSessionsTests {

	private final AnonymousSessions sessions = new AnonymousSessions(new CustodiaSecurityProperties(3));

	@Test
	void pastTheLimitTheOldestVisitorsSessionIsEndedAndTheNewerOnesKept() {
		MockHttpSession first = created();
		MockHttpSession second = created();
		MockHttpSession third = created();
		assertThat(first.isInvalid()).isFalse();

		MockHttpSession fourth = created();

		assertThat(first.isInvalid()).isTrue();
		assertThat(second.isInvalid()).isFalse();
		assertThat(third.isInvalid()).isFalse();
		assertThat(fourth.isInvalid()).isFalse();
		assertThat(this.sessions.count()).isEqualTo(3);
	}

	@Test
	void aSignedInSessionIsNeverEndedHoweverManyVisitorsComeAfterIt() {
		MockHttpSession user = created();
		user.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				SecurityContextHolder.createEmptyContext());
		MockHttpSession visitor = created();
		for (int i = 0; i < 10; i++) {
			created();
		}
		assertThat(user.isInvalid()).isFalse();
		assertThat(visitor.isInvalid()).isTrue();
		assertThat(this.sessions.count()).isEqualTo(3);
	}

	@Test
	void aSessionThatEndsOnItsOwnNoLongerCounts() {
		MockHttpSession left = created();
		created();
		this.sessions.sessionDestroyed(new HttpSessionEvent(left));
		assertThat(this.sessions.count()).isEqualTo(1);
		MockHttpSession third = created();
		created();
		assertThat(this.sessions.count()).isEqualTo(3);
		assertThat(third.isInvalid()).isFalse();
	}

	@Test
	void aSessionGivenANewIdAtSignInIsAUsersAndNoLongerCounts() {
		MockHttpSession user = created();
		this.sessions.sessionIdChanged(new HttpSessionEvent(user), "the id before sign-in");
		assertThat(this.sessions.count()).isZero();
		for (int i = 0; i < 10; i++) {
			created();
		}
		assertThat(user.isInvalid()).isFalse();
		assertThat(this.sessions.count()).isEqualTo(3);
	}

	private MockHttpSession created() {
		MockHttpSession session = new MockHttpSession();
		this.sessions.sessionCreated(new HttpSessionEvent(session));
		return session;
	}

}
