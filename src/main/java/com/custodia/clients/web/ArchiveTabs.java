package com.custodia.clients.web;

import com.custodia.clients.ClientView;

import org.springframework.ui.Model;

/**
 * The client archive's header and tabs. Each tab is its own URL under /clients/{id}; later modules (property, risk,
 * tier, complaints) add a tab by adding an entry to the fragment {@code clients/archive :: tabs} and a page that calls
 * {@link #populate}.
 */
final class ArchiveTabs {

	private ArchiveTabs() {
	}

	static void populate(Model model, ClientView client, String activeTab) {
		model.addAttribute("client", client);
		model.addAttribute("tab", activeTab);
	}

}
