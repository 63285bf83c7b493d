package com.custodia.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.custodia.security.Permission;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A role: a named set of permissions that an admin edits in the matrix. Retired roles grant nothing. */
@Entity
@Table(name = "access_role")
public class Role {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String nameEn;

	private String nameZh;

	private String descriptionEn;

	private String descriptionZh;

	private boolean retired;

	@Column(updatable = false, insertable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "access_role_permission", joinColumns = @JoinColumn(name = "role_id"))
	@Column(name = "permission")
	@Enumerated(EnumType.STRING)
	private Set<Permission> permissions = new HashSet<>();

	protected Role() {
	}

	Role(String code) {
		this.code = code;
	}

	void describe(String nameEn, String nameZh, String descriptionEn, String descriptionZh) {
		this.nameEn = nameEn;
		this.nameZh = nameZh;
		this.descriptionEn = descriptionEn;
		this.descriptionZh = descriptionZh;
	}

	/** Replaces the permissions; answers what was added and what was removed, for the record. */
	PermissionChange grantExactly(Set<Permission> granted) {
		Set<Permission> added = granted.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(granted);
		added.removeAll(this.permissions);
		Set<Permission> removed = this.permissions.isEmpty() ? EnumSet.noneOf(Permission.class)
				: EnumSet.copyOf(this.permissions);
		removed.removeAll(granted);
		this.permissions.removeAll(removed);
		this.permissions.addAll(added);
		return new PermissionChange(this.code, added, removed);
	}

	void setRetired(boolean retired) {
		this.retired = retired;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public String getDescriptionZh() {
		return this.descriptionZh;
	}

	public String name(Locale locale) {
		return locale.getLanguage().equals("en") ? this.nameEn : this.nameZh;
	}

	public String description(Locale locale) {
		return locale.getLanguage().equals("en") ? this.descriptionEn : this.descriptionZh;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public long getVersion() {
		return this.version;
	}

	public Set<Permission> getPermissions() {
		return Set.copyOf(this.permissions);
	}

	public boolean grants(Permission permission) {
		return this.permissions.contains(permission);
	}

	/** What one save of the matrix changed for one role. */
	public record PermissionChange(String roleCode, Set<Permission> added, Set<Permission> removed) {

		public boolean isEmpty() {
			return this.added.isEmpty() && this.removed.isEmpty();
		}

	}

}
