package com.custodia.complaints.web;

import com.custodia.security.Permission;
import com.custodia.web.ReportLink;

import org.springframework.stereotype.Component;

/** The complaints report on the reports page. */
@Component
class ComplaintReportLink implements ReportLink {

	@Override
	public Permission permission() {
		return Permission.REPORT_COMPLAINTS;
	}

	@Override
	public String titleKey() {
		return "complaint.report.title";
	}

	@Override
	public String descriptionKey() {
		return "complaint.report.intro";
	}

	@Override
	public String path() {
		return "/complaints/report";
	}

}
