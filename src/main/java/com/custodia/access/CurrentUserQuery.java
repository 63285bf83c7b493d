package com.custodia.access;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.custodia.security.CurrentUser;
import com.custodia.security.CurrentUserLoader;
import com.custodia.security.Permission;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Loads an active user with the permissions of their active roles, in one query, on every request. */
@Component
class CurrentUserQuery implements CurrentUserLoader {

	private static final String SQL = """
			select u.id, u.username, u.display_name, u.team_id, u.must_change_password,
			       array_remove(array_agg(distinct r.code), null) as roles,
			       array_remove(array_agg(distinct rp.permission), null) as permissions
			from access_user u
			left join access_user_role ur on ur.user_id = u.id
			left join access_role r on r.id = ur.role_id and not r.retired
			left join access_role_permission rp on rp.role_id = r.id
			where u.username = ? and u.enabled
			group by u.id
			""";

	private static final Set<String> KNOWN = Arrays.stream(Permission.values())
		.map(Enum::name)
		.collect(Collectors.toSet());

	private final JdbcTemplate jdbc;

	CurrentUserQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CurrentUser> loadActive(String username) {
		List<CurrentUser> found = this.jdbc.query(SQL, (rs, row) -> new CurrentUser(rs.getLong("id"),
				rs.getString("username"), rs.getString("display_name"), (Long) rs.getObject("team_id", Long.class),
				Set.of(strings(rs.getArray("roles"))), permissions(rs.getArray("permissions")),
				rs.getBoolean("must_change_password")), username);
		return found.stream().findFirst();
	}

	private static Set<Permission> permissions(Array array) throws SQLException {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (String name : strings(array)) {
			if (KNOWN.contains(name)) {
				permissions.add(Permission.valueOf(name));
			}
		}
		return permissions;
	}

	private static String[] strings(Array array) throws SQLException {
		return (array == null) ? new String[0] : (String[]) array.getArray();
	}

}
