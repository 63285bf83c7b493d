package com.custodia.tiering;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.custodia.clients.ClientService;
import com.custodia.clients.Tier;
import com.custodia.clients.servicelog.ServiceLog;
import com.custodia.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must be contacted: each active or dormant client in the user's scope against their tier's service level, from
 * the service log's last contacts and the day their tier last changed, both kept on the client. However large the
 * book, a list is two queries (the rules, the clients with their last contacts) and the standing is worked out here;
 * the due lists read only the clients due, by the day each next falls due, which V0037's trigger keeps on the client
 * with the same rule in SQL (reckoned again for every client when the rules or the zone change: TierRules,
 * ServiceDueZone). The start page's panel is counted in the database ({@link ServiceLog#dueTally}), then the few it
 * shows are read and worked out here: three queries.
 */
@Service
@Transactional(readOnly = true)
public class ServiceDue {

	/** A client due or overdue for contact. */
	public record Due(long clientId, long ownerId, Long teamId, Tier tier, LocalDate lastContact,
			LocalDate lastFaceToFace, ServiceLevel level, ServiceLevel.Standing standing) {
	}

	/** The soonest due first (the most overdue), then by client. */
	private static final Comparator<Due> MOST_OVERDUE_FIRST = Comparator.comparing((Due due) -> due.level().nextDue())
		.thenComparing(Due::clientId);

	private final ServiceLog serviceLog;

	private final ClientService clients;

	private final TierRules rules;

	ServiceDue(ServiceLog serviceLog, ClientService clients, TierRules rules) {
		this.serviceLog = serviceLog;
		this.clients = clients;
		this.rules = rules;
	}

	/** The clients in the user's scope that are overdue or due within {@link ServiceLevel#SOON_DAYS} days, most overdue first. */
	public List<Due> dueOrOverdue(CurrentUser user) {
		return due(user).sorted(MOST_OVERDUE_FIRST).toList();
	}

	/** The start page's service panel: how many are due or overdue, how many overdue and whose, the most overdue. */
	public record Summary(int dueOrOverdue, Map<Long, Long> overdueByOwnerId, List<Due> mostOverdue) {

		public long overdue() {
			return this.overdueByOwnerId.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * {@link #dueOrOverdue}'s counts and its first {@code shown}, counted in the database: a lead's team may have
	 * thousands due, and the panel shows eight. The eight are then reckoned here like every other list.
	 */
	public Summary summary(CurrentUser user, int shown) {
		TierRuleSet ruleSet = this.rules.current();
		LocalDate today = this.clients.today();
		ServiceLog.DueTally tally = this.serviceLog.dueTally(user, today, today.plusDays(ServiceLevel.SOON_DAYS), shown);
		List<Due> first = this.serviceLog.lastContactsOf(user, tally.soonestDue()).stream()
			.map((client) -> due(client, ruleSet, today))
			.sorted(MOST_OVERDUE_FIRST)
			.toList();
		return new Summary(Math.toIntExact(tally.due()), tally.overdueByOwnerId(), first);
	}

	/** How many clients in the user's scope are overdue. */
	public long overdueCount(CurrentUser user) {
		return due(user).filter((due) -> due.standing() == ServiceLevel.Standing.OVERDUE).count();
	}

	/** The clients due or overdue, unsorted. */
	private java.util.stream.Stream<Due> due(CurrentUser user) {
		return unsorted(user, true).filter((due) -> due.standing() != ServiceLevel.Standing.ON_TRACK);
	}

	/** One client's service level (for their tier tab); empty for a client without a tier or not active or dormant. */
	public java.util.Optional<Due> of(CurrentUser user, long clientId) {
		this.clients.requireInScope(user, clientId);
		return this.serviceLog.lastContacts(user, clientId).map((contacts) -> due(contacts, this.rules.current(),
				this.clients.today()));
	}

	List<Due> all(CurrentUser user) {
		return unsorted(user, false).sorted(MOST_OVERDUE_FIRST).toList();
	}

	/**
	 * @param dueOnly leave the clients not due within {@link ServiceLevel#SOON_DAYS} days in the database (each is
	 * still reckoned here, for the days the page shows)
	 */
	private java.util.stream.Stream<Due> unsorted(CurrentUser user, boolean dueOnly) {
		TierRuleSet ruleSet = this.rules.current();
		LocalDate today = this.clients.today();
		List<ServiceLog.LastContacts> contacts = dueOnly
				? this.serviceLog.lastContactsOfTieredClientsDueBy(user, today.plusDays(ServiceLevel.SOON_DAYS))
				: this.serviceLog.lastContactsOfTieredClients(user);
		return contacts.stream().map((client) -> due(client, ruleSet, today));
	}

	private static Due due(ServiceLog.LastContacts contacts, TierRuleSet ruleSet, LocalDate today) {
		ServiceLevel level = ServiceLevel.of(ruleSet.rule(contacts.tier()), contacts.clientSince(), contacts.lastContact(),
				contacts.lastFaceToFace(), contacts.tierChangedOn());
		return new Due(contacts.clientId(), contacts.ownerId(), contacts.teamId(), contacts.tier(),
				contacts.lastContact(), contacts.lastFaceToFace(), level, level.standing(today));
	}

}
