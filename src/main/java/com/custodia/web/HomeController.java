package com.custodia.web;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.custodia.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the modules' panels that apply to the user, then links to what they may do. */
@Controller
class HomeController {

	private final List<HomeSection> sections;

	/**
	 * Each panel's time, a metric ({@code custodia.home.section}, tagged by panel, at /actuator/prometheus), so the one
	 * that makes a start page slow shows itself.
	 */
	private final Map<HomeSection, Timer> timers = new IdentityHashMap<>();

	HomeController(List<HomeSection> sections, MeterRegistry meters) {
		this.sections = sections;
		sections.forEach((section) -> this.timers.put(section, Timer.builder("custodia.home.section")
			.tag("section", section.getClass().getSimpleName())
			.register(meters)));
	}

	/**
	 * The panels read in one read-only transaction: one snapshot for the whole page, and one BEGIN and COMMIT instead
	 * of one per query method (a team lead's page opened 15).
	 */
	@GetMapping("/")
	@Transactional(readOnly = true)
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<HomeSection> applicable = this.sections.stream().filter((section) -> section.appliesTo(user)).toList();
		applicable.forEach((section) -> model.addAllAttributes(this.timers.get(section).record(() -> section.model(user))));
		model.addAttribute("sections", applicable.stream().map(HomeSection::fragment).toList());
		return "home";
	}

}
