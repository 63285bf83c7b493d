package com.custodia.web;

import com.custodia.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the modules' panels that apply to the user, then links to what they may do. */
@Controller
class HomeController {

	private final StartPage startPage;

	HomeController(StartPage startPage) {
		this.startPage = startPage;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		StartPage.Panels panels = this.startPage.panels(user);
		model.addAllAttributes(panels.model());
		model.addAttribute("sections", panels.fragments());
		return "home";
	}

}
