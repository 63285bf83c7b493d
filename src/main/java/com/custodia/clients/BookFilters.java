package com.custodia.clients;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.custodia.access.StaffDirectory;
import com.custodia.access.StaffMember;
import com.custodia.security.CurrentUser;
import com.custodia.web.RecordNotFoundException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team and RM filters every report offers, within the reader's scope: whoever sees the firm picks any team and any
 * RM who owns clients; a team lead picks among the RMs of their team; an RM sees only their own book, so has nothing to
 * pick. A team or RM outside the scope (a crafted or stale address) is answered as not found, like a client outside it.
 */
@Service
@Transactional(readOnly = true)
public class BookFilters {

	/** What the filter offers: teams by id and RMs by name, each in scope. */
	public record Choices(Map<Long, String> teams, List<StaffMember> owners) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final StaffDirectory staff;

	BookFilters(NamedParameterJdbcTemplate jdbc, StaffDirectory staff) {
		this.jdbc = jdbc;
		this.staff = staff;
	}

	public Choices choices(CurrentUser user, Locale locale) {
		ClientScope scope = ClientScope.of(user);
		Map<Long, String> teams = new LinkedHashMap<>();
		this.staff.teamNames(locale).forEach((id, name) -> {
			if (scope.reach() == ClientScope.Reach.ALL || id.equals(user.teamId())) {
				teams.put(id, name);
			}
		});
		// Whoever owns a client in scope, enabled or not: a report covers the clients of a departed RM too. (The scope's
		// unqualified columns are the inner table's.)
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		List<Long> ownerIds = this.jdbc.queryForList("select u.id from access_user u where exists (select 1 from "
				+ "clients_client where owner_id = u.id and " + scope.sqlCondition(parameters) + ")", parameters,
				Long.class);
		List<StaffMember> owners = this.staff.byIds(ownerIds).values().stream()
			.sorted(Comparator.comparing(StaffMember::displayName).thenComparing(StaffMember::id))
			.toList();
		return new Choices(teams, owners);
	}

	/**
	 * The filter as asked in the address bar ({@code team}, {@code rm}: ids; blank or unreadable is no filter), with
	 * the names to print. Reads the choices only when something is asked.
	 */
	public BookFilter read(CurrentUser user, String team, String owner, Locale locale) {
		return (idOrNull(team) == null && idOrNull(owner) == null) ? BookFilter.NONE
				: read(choices(user, locale), team, owner);
	}

	/** The same, checked against choices already read (a page that shows them too). */
	public BookFilter read(Choices choices, String team, String owner) {
		Long teamId = idOrNull(team);
		Long ownerId = idOrNull(owner);
		String teamName = null;
		if (teamId != null) {
			teamName = choices.teams().get(teamId);
			if (teamName == null) {
				throw new RecordNotFoundException("team", teamId);
			}
		}
		String ownerName = null;
		if (ownerId != null) {
			ownerName = choices.owners().stream().filter((member) -> member.id() == ownerId).findFirst()
				.map(StaffMember::displayName)
				.orElseThrow(() -> new RecordNotFoundException("user", ownerId));
		}
		return (teamId == null && ownerId == null) ? BookFilter.NONE
				: new BookFilter(teamId, ownerId, teamName, ownerName);
	}

	private static Long idOrNull(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
