package com.custodia.clients;

import java.util.List;

import com.custodia.access.StaffTeamChanged;
import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each client's team the team of its owner: when an admin moves an RM to another team, their clients move with
 * them in the same transaction (so the new team lead sees them, the old one no longer does), each move audited.
 */
@Component
class ClientTeams {

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	ClientTeams(JdbcTemplate jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@EventListener
	void ownerChangedTeam(StaffTeamChanged change) {
		List<Long> moved = this.jdbc.queryForList("update clients_client set team_id = ?, updated_at = now(), "
				+ "version = version + 1 where owner_id = ? and team_id is distinct from ? returning id", Long.class,
				change.teamId(), change.userId(), change.teamId());
		this.audit.recordAll(moved.stream()
			.map((id) -> AuditEntry.of("CLIENT_TEAM_CHANGED").target("CLIENT", id).client(id)
				.change("team", change.previousTeamId(), change.teamId())
				.detail(change.username()))
			.toList());
	}

}
