package com.custodia.access;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.StaleRecordException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an admin does with user accounts. */
@Service
@Transactional
public class UserAdminService {

	private final UserAccountRepository users;

	private final TeamRepository teams;

	private final RoleRepository roles;

	private final PasswordEncoder passwordEncoder;

	private final AdminGuard adminGuard;

	private final Clock clock;

	private final AuditTrail audit;

	private final org.springframework.context.ApplicationEventPublisher events;

	UserAdminService(UserAccountRepository users, TeamRepository teams, RoleRepository roles,
			PasswordEncoder passwordEncoder, AdminGuard adminGuard, Clock clock, AuditTrail audit,
			org.springframework.context.ApplicationEventPublisher events) {
		this.audit = audit;
		this.events = events;
		this.users = users;
		this.teams = teams;
		this.roles = roles;
		this.passwordEncoder = passwordEncoder;
		this.adminGuard = adminGuard;
		this.clock = clock;
	}

	/** The details an admin enters for a user. */
	public record UserDetails(String displayName, String email, Long teamId, Set<Long> roleIds) {
	}

	/** A created user with the temporary password to hand over (shown once). */
	public record CreatedUser(long id, String username, String temporaryPassword) {
	}

	@Transactional(readOnly = true)
	public Page<UserSummary> search(String search, Long teamId, String status, Pageable pageable) {
		String term = (search == null) ? "" : search.trim().toLowerCase(java.util.Locale.ROOT);
		var now = this.clock.instant();
		// The page's roles load in one batch (hibernate.default_batch_fetch_size), not one query per user.
		return this.users.search(term, teamId, (status == null) ? "" : status, pageable)
			.map((user) -> UserSummary.of(user, now));
	}

	@Transactional(readOnly = true)
	public UserAccount get(long id) {
		UserAccount user = this.users.findById(id).orElseThrow(() -> new RecordNotFoundException("user", id));
		user.getRoles().size();
		if (user.getTeam() != null) {
			user.getTeam().getCode();
		}
		return user;
	}

	public boolean usernameTaken(String username) {
		return this.users.existsByUsername(username.toLowerCase(java.util.Locale.ROOT));
	}

	public CreatedUser create(String username, UserDetails details) {
		String name = username.trim().toLowerCase(java.util.Locale.ROOT);
		if (this.users.existsByUsername(name)) {
			throw new AccessRuleException("user.username.taken");
		}
		String temporary = TemporaryPasswords.generate();
		UserAccount user = new UserAccount(name, this.passwordEncoder.encode(temporary), true);
		AuditEntry entry = AuditEntry.of("USER_CREATED").change("username", null, name);
		apply(user, details, entry);
		this.users.save(user);
		this.audit.record(entry.target("USER", user.getId()));
		return new CreatedUser(user.getId(), name, temporary);
	}

	public void update(long actingUserId, long id, long version, UserDetails details) {
		var before = this.adminGuard.before(actingUserId);
		UserAccount user = get(id);
		StaleRecordException.check("user", id, version, user.getVersion());
		AuditEntry entry = AuditEntry.of("USER_UPDATED").target("USER", id);
		apply(user, details, entry);
		this.adminGuard.after(actingUserId, before);
		if (entry.hasChanges()) {
			this.audit.record(entry);
		}
	}

	public void setEnabled(long actingUserId, long id, long version, boolean enabled) {
		var before = this.adminGuard.before(actingUserId);
		UserAccount user = get(id);
		StaleRecordException.check("user", id, version, user.getVersion());
		user.setEnabled(enabled);
		this.adminGuard.after(actingUserId, before);
		this.audit.record(AuditEntry.of(enabled ? "USER_ENABLED" : "USER_DISABLED").target("USER", id)
			.change("enabled", !enabled, enabled));
	}

	public void unlock(long id, long version) {
		UserAccount user = get(id);
		StaleRecordException.check("user", id, version, user.getVersion());
		user.unlock();
		this.audit.record(AuditEntry.of("USER_UNLOCKED").target("USER", id));
	}

	/** Sets a new temporary password that the user must change at their next login, and answers it. */
	public String resetPassword(long id, long version) {
		UserAccount user = get(id);
		StaleRecordException.check("user", id, version, user.getVersion());
		String temporary = TemporaryPasswords.generate();
		user.changePassword(this.passwordEncoder.encode(temporary), true, this.clock.instant());
		user.unlock();
		this.audit.record(AuditEntry.of("PASSWORD_RESET").target("USER", id));
		return temporary;
	}

	/** Applies the details and notes each changed field in the audit entry. */
	private void apply(UserAccount user, UserDetails details, AuditEntry entry) {
		Team team = (details.teamId() == null) ? null
				: this.teams.findById(details.teamId()).orElseThrow(() -> new AccessRuleException("user.team.unknown"));
		Set<Role> assigned = new HashSet<>(this.roles.findAllById(details.roleIds()));
		if (assigned.size() != details.roleIds().size()) {
			throw new AccessRuleException("user.roles.unknown");
		}
		entry.change("displayName", user.getDisplayName(), details.displayName().trim())
			.change("email", user.getEmail(), blankToNull(details.email()))
			.change("team", (user.getTeam() != null) ? user.getTeam().getCode() : null, (team != null) ? team.getCode() : null)
			.change("roles", user.getRoles().stream().map(Role::getCode).toList(),
					assigned.stream().map(Role::getCode).toList());
		Long previousTeam = (user.getTeam() != null) ? user.getTeam().getId() : null;
		Long newTeam = (team != null) ? team.getId() : null;
		user.describe(details.displayName().trim(), blankToNull(details.email()), team);
		if (user.getId() != null && !java.util.Objects.equals(previousTeam, newTeam)) {
			this.events.publishEvent(new StaffTeamChanged(user.getId(), user.getUsername(), previousTeam, newTeam));
		}
		user.assignRoles(assigned);
	}


	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	@Transactional(readOnly = true)
	public List<Team> teams() {
		return this.teams.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	public List<Role> roles() {
		return this.roles.findAllByOrderByRetiredAscIdAsc();
	}

}
