package com.custodia.access;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A person who signs in to Custodia. Never deleted: a leaver is disabled. Updates write only the changed columns, so
 * an admin's edit never overwrites the login counters that {@code FailedLoginCounter} keeps.
 */
@Entity
@DynamicUpdate
@Table(name = "access_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String email;

	private String passwordHash;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "team_id")
	private Team team;

	@ManyToMany
	@JoinTable(name = "access_user_role", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	private Set<Role> roles = new HashSet<>();

	private boolean enabled = true;

	private boolean mustChangePassword = true;

	private int failedLogins;

	private Instant lockedUntil;

	private Instant passwordChangedAt;

	private Instant lastLoginAt;

	@Column(updatable = false, insertable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, boolean mustChangePassword) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
	}

	void describe(String displayName, String email, Team team) {
		this.displayName = displayName;
		this.email = email;
		this.team = team;
	}

	void assignRoles(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	void changePassword(String newHash, boolean mustChangeAtNextLogin, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = mustChangeAtNextLogin;
		this.passwordChangedAt = now;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Team getTeam() {
		return this.team;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public long getVersion() {
		return this.version;
	}

}
