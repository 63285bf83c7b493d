package com.custodia.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pager's and headers' links keep the user's filters, as typed, and change only their own parameter (moved to the
 * end).
 */
class PageLinksTests {

	private static PageLinks on(String uri, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.setServerName("custodia.example");
		request.setServerPort(8443);
		request.setScheme("https");
		request.setQueryString(query);
		return new PageLinks(request);
	}

	@Test
	void aPageLinkKeepsTheSearchAndFiltersAsTypedAndLeavesOutTheHost() {
		PageLinks links = on("/clients", "q=%E7%8E%8B%E4%BC%9F&tier=GOLD&page=3&sort=financialAssets,desc");

		assertThat(links.page(4)).isEqualTo("/clients?q=%E7%8E%8B%E4%BC%9F&tier=GOLD&sort=financialAssets,desc&page=4");
		assertThat(links.page(0)).isEqualTo("/clients?q=%E7%8E%8B%E4%BC%9F&tier=GOLD&sort=financialAssets,desc&page=0");
		assertThat(links.language("en"))
			.isEqualTo("/clients?q=%E7%8E%8B%E4%BC%9F&tier=GOLD&page=3&sort=financialAssets,desc&lang=en");
	}

	@Test
	void aListWithoutAQueryGetsOnlyThePage() {
		assertThat(on("/clients", null).page(2)).isEqualTo("/clients?page=2");
		assertThat(on("/audit", "").page(1)).isEqualTo("/audit?page=1");
	}

	@Test
	void sortingTogglesTheDirectionAndStartsAgainAtTheFirstPage() {
		PageLinks links = on("/clients", "status=ACTIVE&sort=name,asc&page=7");

		assertThat(links.sort("name", "name,asc")).isEqualTo("/clients?status=ACTIVE&sort=name,desc");
		assertThat(links.sort("code", "name,asc")).isEqualTo("/clients?status=ACTIVE&sort=code,asc");
	}

	@Test
	void keysetLinksReplaceTheOtherDirection() {
		PageLinks links = on("/audit", "user=rm1&before=900");

		assertThat(links.older(880)).isEqualTo("/audit?user=rm1&before=880");
		assertThat(links.newer(899)).isEqualTo("/audit?user=rm1&after=899");
	}

}
