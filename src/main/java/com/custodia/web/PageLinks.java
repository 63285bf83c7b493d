package com.custodia.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds links to the current list with one query parameter changed, keeping the user's filters: used by the
 * pagination and sortable-header fragments. The links are relative to the host (path and query). The request's path
 * and query are parsed once per page, not once per link (a list page draws up to fifteen), and no scheme and host are
 * built only to be cut off again.
 */
public final class PageLinks {

	private final HttpServletRequest request;

	/** The current path and query, parsed on first use; each link starts from a copy. */
	private UriComponentsBuilder current;

	PageLinks(HttpServletRequest request) {
		this.request = request;
	}

	/** The current URL (path and query) with {@code page} set. */
	public String page(int page) {
		return with("page", String.valueOf(page));
	}

	/** The current URL sorted by {@code property}, toggling the direction when it is already sorted by it. */
	public String sort(String property, String currentSort) {
		String next = (property + ",asc").equals(currentSort) ? property + ",desc" : property + ",asc";
		return current()
			.replaceQueryParam("sort", next)
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}

	/** For keyset-paged lists: the page of items older than {@code id}. */
	public String older(long id) {
		return current()
			.replaceQueryParam("before", id)
			.replaceQueryParam("after")
			.build()
			.toUriString();
	}

	/** For keyset-paged lists: the page of items newer than {@code id}. */
	public String newer(long id) {
		return current()
			.replaceQueryParam("after", id)
			.replaceQueryParam("before")
			.build()
			.toUriString();
	}

	/** The current page in another language, keeping its filters. */
	public String language(String tag) {
		return with("lang", tag);
	}

	/** The current list as CSV: same filters, another path. */
	public String export(String path) {
		String query = this.request.getQueryString();
		return path + ((query != null && !query.isBlank()) ? "?" + query : "");
	}

	private UriComponentsBuilder current() {
		if (this.current == null) {
			this.current = UriComponentsBuilder.fromPath(this.request.getRequestURI())
				.query(this.request.getQueryString());
		}
		return this.current.cloneBuilder();
	}

	private String with(String name, String value) {
		return current()
			.replaceQueryParam(name, value)
			.build()
			.toUriString();
	}

}
