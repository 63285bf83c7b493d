package com.custodia.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client against the running server, with cookies, for what MockMvc does not do: error pages rendered
 * by the servlet container, and the session cookie a browser really gets.
 */
public final class Browserless {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private final String language;

	public Browserless(int port, String language) {
		this.base = "http://localhost:" + port;
		this.language = language;
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept-Language", this.language).header("Accept", "text/html,application/xhtml+xml").GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form with the CSRF token of the page it came from. */
	public HttpResponse<String> postForm(String formPage, String path, String... namesAndValues)
			throws IOException, InterruptedException {
		return post(path, formToken(formPage), namesAndValues);
	}

	/** The CSRF token a form page carries, as a browser holds it while the page stays open; null if it has none. */
	public String formToken(String formPage) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get(formPage).body());
		return token.find() ? token.group(1) : null;
	}

	/** Posts a form with the given CSRF token (none if null), as submitting a page opened earlier. */
	public HttpResponse<String> post(String path, String token, String... namesAndValues)
			throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder((token != null) ? "_csrf=" + encode(token) : "");
		for (int i = 0; i < namesAndValues.length; i += 2) {
			body.append('&').append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
		}
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept-Language", this.language)
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
		return postForm("/login", "/login", "username", username, "password", password);
	}

	public String sessionId() {
		return this.cookies.getCookieStore().getCookies().stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
