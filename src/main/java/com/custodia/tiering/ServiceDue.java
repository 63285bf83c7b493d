package com.custodia.tiering;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.custodia.clients.ClientService;
import com.custodia.clients.Tier;
import com.custodia.clients.servicelog.ServiceLog;
import com.custodia.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must be contacted: each active or dormant client in the user's scope against their tier's service level, from
 * the service log's last contacts. Two queries however large the book (the rules, and the clients with their last
 * contacts); the standing is worked out here.
 */
@Service
@Transactional(readOnly = true)
public class ServiceDue {

	/** A client due or overdue for contact. */
	public record Due(long clientId, Tier tier, LocalDate lastContact, LocalDate lastFaceToFace, ServiceLevel level,
			ServiceLevel.Standing standing) {
	}

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
		return all(user).stream().filter((due) -> due.standing() != ServiceLevel.Standing.ON_TRACK).toList();
	}

	/** How many clients in the user's scope are overdue. */
	public long overdueCount(CurrentUser user) {
		return all(user).stream().filter((due) -> due.standing() == ServiceLevel.Standing.OVERDUE).count();
	}

	/** One client's service level (for their tier tab); empty for a client without a tier or not active or dormant. */
	public java.util.Optional<Due> of(CurrentUser user, long clientId) {
		this.clients.requireInScope(user, clientId);
		return this.serviceLog.lastContacts(user, clientId).map((contacts) -> due(contacts, this.rules.current(),
				this.clients.today()));
	}

	private List<Due> all(CurrentUser user) {
		TierRuleSet ruleSet = this.rules.current();
		LocalDate today = this.clients.today();
		return this.serviceLog.lastContactsOfTieredClients(user).stream().map((contacts) -> due(contacts, ruleSet, today))
			.sorted(Comparator.comparing((Due due) -> due.level().nextDue()).thenComparing(Due::clientId)).toList();
	}

	private static Due due(ServiceLog.LastContacts contacts, TierRuleSet ruleSet, LocalDate today) {
		ServiceLevel level = ServiceLevel.of(ruleSet.rule(contacts.tier()), contacts.clientSince(), contacts.lastContact(),
				contacts.lastFaceToFace());
		return new Due(contacts.clientId(), contacts.tier(), contacts.lastContact(), contacts.lastFaceToFace(), level,
				level.standing(today));
	}

}
