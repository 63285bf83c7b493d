package com.custodia.tiering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.custodia.access.StaffDirectory;
import com.custodia.access.StaffMember;
import com.custodia.clients.BookFilter;
import com.custodia.clients.servicelog.ServiceLog;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service report: per team and per RM in the user's scope (or one team or RM in it), the contacts they logged in a
 * period (care events aside) against their tiered clients' service levels today: how many clients, how many overdue,
 * how many due within two weeks. Each team has a line of its totals.
 */
@Service
@Transactional(readOnly = true)
public class ServiceReport {

	/** One RM's line, or a team's totals (owner {@code null}). */
	public record Line(String owner, long clients, long contacts, long overdue, long dueSoon) {

		Line plus(Line other) {
			return new Line(null, this.clients + other.clients, this.contacts + other.contacts,
					this.overdue + other.overdue, this.dueSoon + other.dueSoon);
		}

	}

	/** A team (name {@code null}: RMs without a team) with its RMs by name and its totals. */
	public record Team(String name, List<Line> lines, Line total) {
	}

	/** The report: teams by name, RMs without a team last. */
	public record Figures(LocalDate from, LocalDate to, List<Team> teams) {

		public boolean isEmpty() {
			return this.teams.isEmpty();
		}

	}

	private final ServiceDue serviceDue;

	private final ServiceLog serviceLog;

	private final StaffDirectory staff;

	ServiceReport(ServiceDue serviceDue, ServiceLog serviceLog, StaffDirectory staff) {
		this.serviceDue = serviceDue;
		this.serviceLog = serviceLog;
		this.staff = staff;
	}

	public Figures of(CurrentUser user, BookFilter book, LocalDate from, LocalDate to, Locale locale) {
		if (!user.can(Permission.REPORT_SERVICE)) {
			throw new AccessDeniedException(Permission.REPORT_SERVICE.name());
		}
		List<ServiceDue.Due> all = this.serviceDue.all(user);
		Map<Long, Long> contacts = this.serviceLog.contactsByOwner(user, book, from, to);
		Map<Long, long[]> byOwner = new HashMap<>();
		Map<Long, Long> teamOf = new HashMap<>();
		for (ServiceDue.Due due : all) {
			if (!book.admits(due.teamId(), due.ownerId())) {
				continue;
			}
			teamOf.putIfAbsent(due.ownerId(), due.teamId());
			long[] counts = byOwner.computeIfAbsent(due.ownerId(), (id) -> new long[3]);
			counts[0]++;
			if (due.standing() == ServiceLevel.Standing.OVERDUE) {
				counts[1]++;
			}
			else if (due.standing() == ServiceLevel.Standing.DUE_SOON) {
				counts[2]++;
			}
		}
		Map<Long, String> teamNames = this.staff.teamNames(locale);
		Map<Long, StaffMember> names = this.staff.byIds(byOwner.keySet());
		Map<Long, List<Line>> linesByTeam = new HashMap<>();
		byOwner.forEach((owner, counts) -> {
			String name = names.containsKey(owner) ? names.get(owner).displayName() : String.valueOf(owner);
			// A HashMap key may be null (RMs without a team).
			linesByTeam.computeIfAbsent(teamOf.get(owner), (team) -> new ArrayList<>())
				.add(new Line(name, counts[0], contacts.getOrDefault(owner, 0L), counts[1], counts[2]));
		});
		List<Team> teams = new ArrayList<>();
		linesByTeam.forEach((teamId, lines) -> {
			lines.sort(Comparator.comparing(Line::owner));
			Line total = lines.stream().reduce(new Line(null, 0, 0, 0, 0), Line::plus);
			teams.add(new Team((teamId != null) ? teamNames.get(teamId) : null, List.copyOf(lines), total));
		});
		teams.sort(Comparator.comparing(Team::name, Comparator.nullsLast(Comparator.naturalOrder())));
		return new Figures(from, to, List.copyOf(teams));
	}

}
