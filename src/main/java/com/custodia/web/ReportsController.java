package com.custodia.web;

import java.util.List;

import com.custodia.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The reports page: every report the modules offer that the user's role may read. */
@Controller
class ReportsController {

	private final List<ReportLink> reports;

	ReportsController(List<ReportLink> reports) {
		this.reports = reports;
	}

	@GetMapping("/reports")
	String reports(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("reports", this.reports.stream().filter((report) -> user.can(report.permission())).toList());
		return "reports";
	}

}
