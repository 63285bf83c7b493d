package com.custodia.support;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Signs in through the real login form and answers the session, as a browser would keep it. */
public final class Login {

	private Login() {
	}

	public static MockHttpSession as(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		if (location == null || location.contains("/login")) {
			throw new AssertionError("Login as " + username + " failed: redirected to " + location);
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	public static MockHttpSession as(MockMvc mvc, String username) throws Exception {
		return as(mvc, username, TestAccounts.PASSWORD);
	}

}
