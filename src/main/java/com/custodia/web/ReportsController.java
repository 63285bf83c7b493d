package com.custodia.web;

import com.custodia.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The reports page: every report the modules offer that the user's role may read. */
@Controller
class ReportsController {

	private final ReportCatalogue catalogue;

	ReportsController(ReportCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/reports")
	String reports(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("reports", this.catalogue.readableBy(user));
		return "reports";
	}

}
