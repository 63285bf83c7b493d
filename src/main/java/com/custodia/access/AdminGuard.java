package com.custodia.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.custodia.security.Permission;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps Custodia administrable: after any change to users, roles or the matrix there must remain an enabled user
 * who can manage both users and roles, and the admin making the change must keep the admin permissions they had.
 * Checked inside the change's transaction, after it is flushed, so a refused change rolls back whole. Changes are
 * serialized on an advisory lock, so two admins cannot each remove "the other last admin" at the same moment.
 */
@Component
class AdminGuard {

	static final Set<Permission> ADMIN_PERMISSIONS = EnumSet.of(Permission.USER_ADMIN, Permission.ROLE_ADMIN);

	private static final String PERMISSIONS_OF_USER = """
			select distinct rp.permission from access_user u
			join access_user_role ur on ur.user_id = u.id
			join access_role r on r.id = ur.role_id and not r.retired
			join access_role_permission rp on rp.role_id = r.id
			where u.id = ? and u.enabled and rp.permission in ('USER_ADMIN', 'ROLE_ADMIN')
			""";

	private static final String FULL_ADMINS = """
			select count(*) from (
			  select u.id from access_user u
			  join access_user_role ur on ur.user_id = u.id
			  join access_role r on r.id = ur.role_id and not r.retired
			  join access_role_permission rp on rp.role_id = r.id
			  where u.enabled and rp.permission in ('USER_ADMIN', 'ROLE_ADMIN')
			  group by u.id having count(distinct rp.permission) = 2) admins
			""";

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	AdminGuard(JdbcTemplate jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/** Call before the change: takes the lock and answers the acting admin's admin permissions. */
	Set<Permission> before(long actingUserId) {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('custodia.access.admin-guard'))", Object.class);
		return adminPermissionsOf(actingUserId);
	}

	/** Call after the change: refuses it if it leaves no full admin, or takes the acting admin's own rights away. */
	void after(long actingUserId, Set<Permission> actingBefore) {
		this.entityManager.flush();
		Long admins = this.jdbc.queryForObject(FULL_ADMINS, Long.class);
		if (admins == null || admins == 0) {
			throw new AccessRuleException("access.rule.lastAdmin");
		}
		if (!adminPermissionsOf(actingUserId).containsAll(actingBefore)) {
			throw new AccessRuleException("access.rule.selfLockout");
		}
	}

	private Set<Permission> adminPermissionsOf(long userId) {
		List<String> names = this.jdbc.queryForList(PERMISSIONS_OF_USER, String.class, userId);
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		names.forEach((name) -> permissions.add(Permission.valueOf(name)));
		return permissions;
	}

}
