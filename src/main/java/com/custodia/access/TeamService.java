package com.custodia.access;

import java.util.List;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.StaleRecordException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams of relationship managers. */
@Service
@Transactional
public class TeamService {

	private final TeamRepository teams;

	private final AuditTrail audit;

	TeamService(TeamRepository teams, AuditTrail audit) {
		this.teams = teams;
		this.audit = audit;
	}

	/** A team with how many users belong to it, for the list. */
	public record TeamRow(Team team, long members) {
	}

	@Transactional(readOnly = true)
	public List<TeamRow> all() {
		return this.teams.findAllWithMemberCounts().stream().map((row) -> new TeamRow((Team) row[0], (Long) row[1])).toList();
	}

	@Transactional(readOnly = true)
	public Team get(long id) {
		return this.teams.findById(id).orElseThrow(() -> new RecordNotFoundException("team", id));
	}

	public Team create(String code, String nameEn, String nameZh) {
		String normalized = code.trim().toUpperCase(java.util.Locale.ROOT);
		if (this.teams.existsByCode(normalized)) {
			throw new AccessRuleException("team.code.taken");
		}
		if (this.teams.countWithName(nameEn.trim(), nameZh.trim(), -1L) > 0) {
			throw new AccessRuleException("team.name.taken");
		}
		Team team = this.teams.save(new Team(normalized, nameEn.trim(), nameZh.trim()));
		this.audit.record(AuditEntry.of("TEAM_CREATED").target("TEAM", team.getId()).change("code", null, normalized)
			.change("nameEn", null, team.getNameEn()).change("nameZh", null, team.getNameZh()));
		return team;
	}

	public void update(long id, long version, String nameEn, String nameZh, boolean active) {
		Team team = get(id);
		StaleRecordException.check("team", id, version, team.getVersion());
		if (this.teams.countWithName(nameEn.trim(), nameZh.trim(), id) > 0) {
			throw new AccessRuleException("team.name.taken");
		}
		AuditEntry entry = AuditEntry.of("TEAM_UPDATED").target("TEAM", id)
			.change("nameEn", team.getNameEn(), nameEn.trim())
			.change("nameZh", team.getNameZh(), nameZh.trim())
			.change("active", team.isActive(), active);
		team.rename(nameEn.trim(), nameZh.trim());
		team.setActive(active);
		if (entry.hasChanges()) {
			this.audit.record(entry);
		}
	}

}
