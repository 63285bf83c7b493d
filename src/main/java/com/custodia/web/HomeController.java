package com.custodia.web;

import java.util.List;

import com.custodia.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the modules' panels that apply to the user, then links to what they may do. */
@Controller
class HomeController {

	private final List<HomeSection> sections;

	HomeController(List<HomeSection> sections) {
		this.sections = sections;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<HomeSection> applicable = this.sections.stream().filter((section) -> section.appliesTo(user)).toList();
		applicable.forEach((section) -> model.addAllAttributes(section.model(user)));
		model.addAttribute("sections", applicable.stream().map(HomeSection::fragment).toList());
		return "home";
	}

}
