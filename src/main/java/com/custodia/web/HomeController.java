package com.custodia.web;

import java.util.List;

import com.custodia.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the modules' panels that apply to the user, then links to what they may do. */
@Controller
class HomeController {

	private final List<HomeSection> sections;

	private final MeterRegistry meters;

	HomeController(List<HomeSection> sections, MeterRegistry meters) {
		this.sections = sections;
		this.meters = meters;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<HomeSection> applicable = this.sections.stream().filter((section) -> section.appliesTo(user)).toList();
		// Each panel's time is a metric (custodia.home.section, tagged by panel: /actuator/prometheus), so the one
		// that makes a start page slow shows itself.
		applicable.forEach((section) -> model.addAllAttributes(Timer.builder("custodia.home.section")
			.tag("section", section.getClass().getSimpleName())
			.register(this.meters)
			.record(() -> section.model(user))));
		model.addAttribute("sections", applicable.stream().map(HomeSection::fragment).toList());
		return "home";
	}

}
