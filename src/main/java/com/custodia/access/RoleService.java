package com.custodia.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.security.Permission;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.StaleRecordException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and the role-permission matrix. A change applies on each affected user's next request. */
@Service
@Transactional
public class RoleService {

	private final RoleRepository roles;

	private final AdminGuard adminGuard;

	private final AuditTrail audit;

	RoleService(RoleRepository roles, AdminGuard adminGuard, AuditTrail audit) {
		this.roles = roles;
		this.adminGuard = adminGuard;
		this.audit = audit;
	}

	/** A role's names and descriptions in both languages. */
	public record RoleText(String nameEn, String nameZh, String descriptionEn, String descriptionZh) {
	}

	/** One role's column of the matrix as the admin saved it. */
	public record RoleGrant(long roleId, long version, Set<Permission> permissions) {
	}

	@Transactional(readOnly = true)
	public List<Role> all() {
		return this.roles.findAllByOrderByRetiredAscIdAsc();
	}

	@Transactional(readOnly = true)
	public Role get(long id) {
		Role role = this.roles.findById(id).orElseThrow(() -> new RecordNotFoundException("role", id));
		role.getPermissions();
		return role;
	}

	/** Saves the whole matrix in one transaction: every role's column, or none if any is stale or refused. */
	public List<Role.PermissionChange> saveMatrix(long actingUserId, List<RoleGrant> grants) {
		var before = this.adminGuard.before(actingUserId);
		List<Role.PermissionChange> changes = new ArrayList<>();
		for (RoleGrant grant : grants) {
			Role role = get(grant.roleId());
			StaleRecordException.check("role", role.getId(), grant.version(), role.getVersion());
			Set<Permission> previous = role.getPermissions();
			Role.PermissionChange change = role.grantExactly(grant.permissions());
			if (!change.isEmpty()) {
				changes.add(change);
				this.roles.saveAndFlush(role);
				recordPermissions(role, previous, change);
			}
		}
		this.adminGuard.after(actingUserId, before);
		return changes;
	}

	public Role create(String code, RoleText text, Set<Permission> permissions) {
		String normalized = code.trim().toUpperCase(java.util.Locale.ROOT);
		if (this.roles.existsByCode(normalized)) {
			throw new AccessRuleException("role.code.taken");
		}
		Role role = new Role(normalized);
		role.describe(text.nameEn().trim(), text.nameZh().trim(), blankToNull(text.descriptionEn()),
				blankToNull(text.descriptionZh()));
		role.grantExactly(permissions);
		this.roles.save(role);
		this.audit.record(AuditEntry.of("ROLE_CREATED").target("ROLE", role.getId()).change("code", null, normalized)
			.change("nameEn", null, role.getNameEn()).change("nameZh", null, role.getNameZh())
			.change("permissions", null, role.getPermissions()));
		return role;
	}

	public Role.PermissionChange update(long actingUserId, long id, long version, RoleText text,
			Set<Permission> permissions) {
		var before = this.adminGuard.before(actingUserId);
		Role role = get(id);
		StaleRecordException.check("role", id, version, role.getVersion());
		AuditEntry described = AuditEntry.of("ROLE_UPDATED").target("ROLE", id)
			.change("nameEn", role.getNameEn(), text.nameEn().trim())
			.change("nameZh", role.getNameZh(), text.nameZh().trim())
			.change("descriptionEn", role.getDescriptionEn(), blankToNull(text.descriptionEn()))
			.change("descriptionZh", role.getDescriptionZh(), blankToNull(text.descriptionZh()));
		role.describe(text.nameEn().trim(), text.nameZh().trim(), blankToNull(text.descriptionEn()),
				blankToNull(text.descriptionZh()));
		Set<Permission> previous = role.getPermissions();
		Role.PermissionChange change = role.grantExactly(permissions);
		this.roles.saveAndFlush(role);
		this.adminGuard.after(actingUserId, before);
		if (described.hasChanges()) {
			this.audit.record(described);
		}
		if (!change.isEmpty()) {
			recordPermissions(role, previous, change);
		}
		return change;
	}

	public void setRetired(long actingUserId, long id, long version, boolean retired) {
		var before = this.adminGuard.before(actingUserId);
		Role role = get(id);
		StaleRecordException.check("role", id, version, role.getVersion());
		role.setRetired(retired);
		this.roles.saveAndFlush(role);
		this.adminGuard.after(actingUserId, before);
		this.audit.record(AuditEntry.of(retired ? "ROLE_RETIRED" : "ROLE_REINSTATED").target("ROLE", id)
			.change("retired", !retired, retired));
	}

	/** One event per role whose permissions changed, naming what was added and what was removed. */
	private void recordPermissions(Role role, Set<Permission> previous, Role.PermissionChange change) {
		this.audit.record(AuditEntry.of("ROLE_PERMISSIONS_CHANGED").target("ROLE", role.getId())
			.change("permissions", previous, role.getPermissions())
			.detail(role.getCode() + " added: " + sorted(change.added()) + "; removed: " + sorted(change.removed())));
	}

	private static List<String> sorted(Set<Permission> permissions) {
		return permissions.stream().map(Enum::name).sorted().toList();
	}

	/** For the matrix page: the permissions grouped by module, in the order of the enum. */
	public static Map<Permission.Group, List<Permission>> permissionsByGroup() {
		Map<Permission.Group, List<Permission>> groups = new java.util.EnumMap<>(Permission.Group.class);
		for (Permission permission : Permission.values()) {
			groups.computeIfAbsent(permission.group(), (group) -> new ArrayList<>()).add(permission);
		}
		return groups;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
