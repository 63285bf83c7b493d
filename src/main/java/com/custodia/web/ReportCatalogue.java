package com.custodia.web;

import java.util.List;

import com.custodia.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The reports the modules offer (their {@link ReportLink} beans), as a user's role may read them: one answer for the
 * reports page and for the navigation, so a new report needs nothing but its link.
 */
@Component("reportCatalogue")
public class ReportCatalogue {

	private final List<ReportLink> links;

	ReportCatalogue(List<ReportLink> links) {
		this.links = List.copyOf(links);
	}

	public List<ReportLink> readableBy(CurrentUser user) {
		return this.links.stream().filter((link) -> user.can(link.permission())).toList();
	}

	/** Whether the navigation shows "Reports". */
	public boolean anyReadableBy(CurrentUser user) {
		return this.links.stream().anyMatch((link) -> user.can(link.permission()));
	}

}
