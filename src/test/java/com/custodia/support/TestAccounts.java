package com.custodia.support;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import com.custodia.security.Permission;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Makes users and roles of a test's own, with unique names, committed like real data. Every user it makes signs in
 * with {@link #PASSWORD}.
 */
@TestComponent
public class TestAccounts {

	public static final String PASSWORD = "Test-Password-1";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcTemplate jdbc;

	private final String passwordHash;

	TestAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordHash = passwordEncoder.encode(PASSWORD);
	}

	/** A new role granting exactly these permissions; answers its id. */
	public long role(Permission... permissions) {
		String code = "T" + System.nanoTime() + "_" + SEQUENCE.incrementAndGet();
		Long id = this.jdbc.queryForObject(
				"insert into access_role (code, name_en, name_zh) values (?, ?, ?) returning id", Long.class, code,
				"Test role " + code, "测试角色 " + code);
		Arrays.stream(permissions).forEach((permission) -> this.jdbc.update(
				"insert into access_role_permission (role_id, permission) values (?, ?)", id, permission.name()));
		return id;
	}

	/** A new user with a role of these permissions; answers the username. */
	public String user(Permission... permissions) {
		return userWithRoles(role(permissions));
	}

	/** A new user holding the seeded role with this code (for example {@code RELATIONSHIP_MANAGER}). */
	public String userWithSeededRole(String roleCode) {
		Long roleId = this.jdbc.queryForObject("select id from access_role where code = ?", Long.class, roleCode);
		return userWithRoles(roleId);
	}

	/** A new user holding these roles; answers the username. */
	public String userWithRoles(long... roleIds) {
		return userNamed(null, roleIds);
	}

	/** A new user with this display name (or a generated one) holding these roles; answers the username. */
	public String userNamed(String displayName, long... roleIds) {
		String username = "u" + SEQUENCE.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 1_000_000, 36);
		Long id = this.jdbc.queryForObject("""
				insert into access_user (username, display_name, email, password_hash, must_change_password)
				values (?, ?, ?, ?, false) returning id""", Long.class, username,
				(displayName != null) ? displayName : "测试用户 " + username,
				username + "@test.example", this.passwordHash);
		for (long roleId : roleIds) {
			this.jdbc.update("insert into access_user_role (user_id, role_id) values (?, ?)", id, roleId);
		}
		return username;
	}

	/** A new team; answers its id. */
	public long team() {
		String code = "T" + SEQUENCE.incrementAndGet() + "X" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
		return this.jdbc.queryForObject("insert into access_team (code, name_en, name_zh) values (?, ?, ?) returning id",
				Long.class, code, "Team " + code, "团队 " + code);
	}

	/** A new user holding the seeded role with this code, in this team. */
	public String userWithSeededRoleInTeam(String roleCode, long teamId) {
		String username = userWithSeededRole(roleCode);
		this.jdbc.update("update access_user set team_id = ? where username = ?", teamId, username);
		return username;
	}

	public long idOf(String username) {
		return this.jdbc.queryForObject("select id from access_user where username = ?", Long.class, username);
	}

	public long roleIdOf(String code) {
		return this.jdbc.queryForObject("select id from access_role where code = ?", Long.class, code);
	}

	public long userVersion(String username) {
		return this.jdbc.queryForObject("select version from access_user where username = ?", Long.class, username);
	}

	public long roleVersion(long roleId) {
		return this.jdbc.queryForObject("select version from access_role where id = ?", Long.class, roleId);
	}

	public void requirePasswordChange(String username) {
		this.jdbc.update("update access_user set must_change_password = true where username = ?", username);
	}

}
