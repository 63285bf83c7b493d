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

	private String with(String name, String value) {
		return ServletUriComponentsBuilder.fromRequest(this.request)
			.replaceQueryParam(name, value)
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

}
