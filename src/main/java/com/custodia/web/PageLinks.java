package com.custodia.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds links to the current list with one query parameter changed, keeping the user's filters: used by the
 * pagination and sortable-header fragments.
 */
public final class PageLinks {

	private final HttpServletRequest request;

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
		return ServletUriComponentsBuilder.fromRequest(this.request)
			.replaceQueryParam("sort", next)
			.replaceQueryParam("page")
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

	/** For keyset-paged lists: the page of items older than {@code id}. */
	public String older(long id) {
		return ServletUriComponentsBuilder.fromRequest(this.request)
			.replaceQueryParam("before", id)
			.replaceQueryParam("after")
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

	/** For keyset-paged lists: the page of items newer than {@code id}. */
	public String newer(long id) {
		return ServletUriComponentsBuilder.fromRequest(this.request)
			.replaceQueryParam("after", id)
			.replaceQueryParam("before")
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
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

	private String with(String name, String value) {
		return ServletUriComponentsBuilder.fromRequest(this.request)
			.replaceQueryParam(name, value)
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

}
