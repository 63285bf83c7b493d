package com.custodia.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.custodia.security.Permission;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works here, for other modules: names for a page of ids in one query, and the people who may own clients
 * (enabled users whose active roles let them write client profiles).
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private static final RowMapper<StaffMember> MEMBER = (rs, row) -> new StaffMember(rs.getLong("id"),
			rs.getString("username"), rs.getString("display_name"), rs.getObject("team_id", Long.class));

	private static final String HOLDERS_OF = """
			select u.id, u.username, u.display_name, u.team_id from access_user u
			where u.enabled and exists (
			  select 1 from access_user_role ur
			  join access_role r on r.id = ur.role_id and not r.retired
			  join access_role_permission rp on rp.role_id = r.id
			  where ur.user_id = u.id and rp.permission = ?)
			""";

	private final JdbcTemplate jdbc;

	StaffDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StaffMember> find(long id) {
		return this.jdbc.query("select id, username, display_name, team_id from access_user where id = ?", MEMBER, id)
			.stream()
			.findFirst();
	}

	public Optional<StaffMember> findByUsername(String username) {
		return this.jdbc
			.query("select id, username, display_name, team_id from access_user where username = lower(?)", MEMBER,
					username)
			.stream()
			.findFirst();
	}

	/** The members with these ids, by id; one query whatever the number. */
	public Map<Long, StaffMember> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Long[] array = ids.stream().distinct().toArray(Long[]::new);
		return this.jdbc
			.query("select id, username, display_name, team_id from access_user where id = any(?)", MEMBER,
					(Object) array)
			.stream()
			.collect(Collectors.toMap(StaffMember::id, Function.identity()));
	}

	/** Enabled users who may own clients, in one team or (teamId null) in all, by name. */
	public List<StaffMember> clientOwners(Long teamId) {
		if (teamId == null) {
			return this.jdbc.query(HOLDERS_OF + " order by u.display_name", MEMBER, Permission.CLIENT_WRITE.name());
		}
		return this.jdbc.query(HOLDERS_OF + " and u.team_id = ? order by u.display_name", MEMBER,
				Permission.CLIENT_WRITE.name(), teamId);
	}

	/** Enabled users who hold a permission (complaint handlers, say), by name. */
	public List<StaffMember> holdersOf(Permission permission) {
		return this.jdbc.query(HOLDERS_OF + " order by u.display_name", MEMBER, permission.name());
	}

	/** Whether the user is enabled and may own clients. */
	public boolean isClientOwner(long userId) {
		return !this.jdbc.query(HOLDERS_OF + " and u.id = ?", MEMBER, Permission.CLIENT_WRITE.name(), userId).isEmpty();
	}

	/** Team names for the list filters, by id, in the reader's language. */
	public Map<Long, String> teamNames(java.util.Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		return this.jdbc.query("select id, name_en, name_zh from access_team order by code",
				(rs, row) -> Map.entry(rs.getLong("id"), english ? rs.getString("name_en") : rs.getString("name_zh")))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
	}

}
