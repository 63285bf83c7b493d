package com.custodia.tiering.web;

import com.custodia.security.Permission;
import com.custodia.web.ReportLink;

import org.springframework.stereotype.Component;

/** The service report on the reports page. */
@Component
class ServiceReportLink implements ReportLink {

	@Override
	public Permission permission() {
		return Permission.REPORT_SERVICE;
	}

	@Override
	public String titleKey() {
		return "tiering.report.title";
	}

	@Override
	public String descriptionKey() {
		return "tiering.report.intro";
	}

	@Override
	public String path() {
		return "/tiering/report";
	}

}
