package com.custodia.tiering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.clients.servicelog.ServiceLog;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service report: per RM in the user's scope, the contacts they logged in a period (care events aside) against
 * their tiered clients' service levels today: how many clients, how many overdue, how many due within two weeks.
 */
@Service
@Transactional(readOnly = true)
public class ServiceReport {

	/** One RM's line. */
	public record Line(String owner, long clients, long contacts, long overdue, long dueSoon) {
	}

	private final ServiceDue serviceDue;

	private final ServiceLog serviceLog;

	private final ClientService clients;

	ServiceReport(ServiceDue serviceDue, ServiceLog serviceLog, ClientService clients) {
		this.serviceDue = serviceDue;
		this.serviceLog = serviceLog;
		this.clients = clients;
	}

	/** The lines by RM name. */
	public List<Line> of(CurrentUser user, LocalDate from, LocalDate to) {
		if (!user.can(Permission.REPORT_SERVICE)) {
			throw new AccessDeniedException(Permission.REPORT_SERVICE.name());
		}
		List<ServiceDue.Due> all = this.serviceDue.all(user);
		Map<Long, ClientView> views = this.clients.views(user, all.stream().map(ServiceDue.Due::clientId).toList());
		Map<Long, Long> contacts = this.serviceLog.contactsByOwner(user, from, to);
		Map<Long, long[]> byOwner = new java.util.HashMap<>();
		Map<Long, String> names = new java.util.HashMap<>();
		for (ServiceDue.Due due : all) {
			ClientView client = views.get(due.clientId());
			if (client == null) {
				continue;
			}
			names.put(client.ownerId(), client.ownerName());
			long[] counts = byOwner.computeIfAbsent(client.ownerId(), (id) -> new long[3]);
			counts[0]++;
			if (due.standing() == ServiceLevel.Standing.OVERDUE) {
				counts[1]++;
			}
			else if (due.standing() == ServiceLevel.Standing.DUE_SOON) {
				counts[2]++;
			}
		}
		Map<String, Line> lines = new TreeMap<>();
		byOwner.forEach((owner, counts) -> lines.put(names.get(owner) + "#" + owner, new Line(names.get(owner), counts[0],
				contacts.getOrDefault(owner, 0L), counts[1], counts[2])));
		return List.copyOf(lines.values());
	}

}
