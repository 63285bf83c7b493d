package com.custodia.web;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.custodia.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start page's panels for a user: the modules' sections that apply, read in one read-only transaction at
 * repeatable read, so that every panel sees the same snapshot (the service panel's counts and the clients it lists
 * agree), with one BEGIN and COMMIT instead of one per query method (a team lead's page opened 15). A read-only
 * transaction never fails to serialize in PostgreSQL.
 */
@Service
class StartPage {

	/** The panels' model attributes, and their fragments in order. */
	record Panels(Map<String, Object> model, List<String> fragments) {
	}

	private final List<HomeSection> sections;

	/**
	 * Each panel's time, a metric ({@code custodia.home.section}, tagged by panel, at /actuator/prometheus), so the one
	 * that makes a start page slow shows itself.
	 */
	private final Map<HomeSection, Timer> timers = new IdentityHashMap<>();

	StartPage(List<HomeSection> sections, MeterRegistry meters) {
		this.sections = sections;
		sections.forEach((section) -> this.timers.put(section, Timer.builder("custodia.home.section")
			.tag("section", section.getClass().getSimpleName())
			.register(meters)));
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Panels panels(CurrentUser user) {
		List<HomeSection> applicable = this.sections.stream().filter((section) -> section.appliesTo(user)).toList();
		Map<String, Object> model = new HashMap<>();
		applicable.forEach((section) -> model.putAll(this.timers.get(section).record(() -> section.model(user))));
		return new Panels(model, applicable.stream().map(HomeSection::fragment).toList());
	}

}
