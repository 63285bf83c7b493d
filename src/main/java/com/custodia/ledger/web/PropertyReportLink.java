package com.custodia.ledger.web;

import com.custodia.security.Permission;
import com.custodia.web.ReportLink;

import org.springframework.stereotype.Component;

/** The property report on the reports page. */
@Component
class PropertyReportLink implements ReportLink {

	@Override
	public Permission permission() {
		return Permission.REPORT_PROPERTY;
	}

	@Override
	public String titleKey() {
		return "ledger.report.title";
	}

	@Override
	public String descriptionKey() {
		return "ledger.report.intro";
	}

	@Override
	public String path() {
		return "/ledger/report";
	}

}
