package com.custodia.access;

import java.util.List;

import com.custodia.web.RecordNotFoundException;
import com.custodia.web.StaleRecordException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams of relationship managers. */
@Service
@Transactional
public class TeamService {

	private final TeamRepository teams;

	TeamService(TeamRepository teams) {
		this.teams = teams;
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
		return this.teams.save(new Team(normalized, nameEn.trim(), nameZh.trim()));
	}

	public void update(long id, long version, String nameEn, String nameZh, boolean active) {
		Team team = get(id);
		StaleRecordException.check("team", id, version, team.getVersion());
		team.rename(nameEn.trim(), nameZh.trim());
		team.setActive(active);
	}

}
