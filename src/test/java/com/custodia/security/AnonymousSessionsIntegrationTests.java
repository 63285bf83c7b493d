package com.custodia.security;

import java.net.URI;
import java.net.http.HttpResponse;

import com.custodia.support.Browserless;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, as only the servlet container's sessions are counted: a flood of visitors who never sign in ends
 * the oldest visitors' sessions, never a signed-in user's, and the next visitor still signs in.
 */
@CustodiaIntegrationTest
class AnonymousSessionsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CustodiaSecurityProperties properties;

	@Autowired
	AnonymousSessions anonymousSessions;

	@Test
	void visitorsWhoNeverSignInEndTheOldestVisitorsSessionButNoSignedInUsers() throws Exception {
		String user = this.accounts.user(Permission.CLIENT_READ);
		Browserless early = new Browserless(this.port, "en");
		String token = early.formToken("/login");
		Browserless signedIn = new Browserless(this.port, "en");
		assertThat(redirect(signedIn.login(user, TestAccounts.PASSWORD))).isEqualTo("/");

		int limit = this.properties.maxAnonymousSessions();
		for (int i = 0; i < limit; i++) {
			// The sign-in page and a page asked for before signing in both start a session.
			HttpResponse<String> visit = new Browserless(this.port, "en").get((i % 2 == 0) ? "/login" : "/clients");
			assertThat(visit.statusCode()).isIn(200, 302);
		}
		// Every visitor's session counts (the listener is the container's), the signed-in user's does not.
		assertThat(this.anonymousSessions.count()).isEqualTo(limit);

		HttpResponse<String> late = early.post("/login", token, "username", user, "password", TestAccounts.PASSWORD);
		assertThat(redirect(late)).isEqualTo("/login?expired");
		assertThat(early.get("/").statusCode()).isEqualTo(302);
		assertThat(early.get("/login?expired").body()).contains("Your session has ended.");

		assertThat(signedIn.get("/").statusCode()).isEqualTo(200);
		Browserless next = new Browserless(this.port, "en");
		assertThat(redirect(next.login(user, TestAccounts.PASSWORD))).isEqualTo("/");
		assertThat(next.get("/").statusCode()).isEqualTo(200);
	}

	/** Where a response sends the browser: the path and query of its Location. */
	private static String redirect(HttpResponse<String> response) {
		URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : "");
	}

}
