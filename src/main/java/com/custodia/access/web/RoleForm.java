package com.custodia.access.web;

import java.util.EnumSet;
import java.util.Set;

import com.custodia.access.Role;
import com.custodia.access.RoleService;
import com.custodia.security.Permission;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin creating a role or editing one role: names, descriptions and its permissions. */
class RoleForm {

	@NotBlank(groups = OnCreate.class)
	@Pattern(regexp = "(|[A-Za-z][A-Za-z0-9_]{1,39})", message = "{role.code.format}", groups = OnCreate.class)
	private String code;

	@NotBlank
	@Size(max = 100)
	private String nameEn;

	@NotBlank
	@Size(max = 100)
	private String nameZh;

	@Size(max = 500)
	private String descriptionEn;

	@Size(max = 500)
	private String descriptionZh;

	private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

	private long version;

	static RoleForm of(Role role) {
		RoleForm form = new RoleForm();
		form.code = role.getCode();
		form.nameEn = role.getNameEn();
		form.nameZh = role.getNameZh();
		form.descriptionEn = role.getDescriptionEn();
		form.descriptionZh = role.getDescriptionZh();
		form.permissions = role.getPermissions().isEmpty() ? EnumSet.noneOf(Permission.class)
				: EnumSet.copyOf(role.getPermissions());
		form.version = role.getVersion();
		return form;
	}

	RoleService.RoleText toText() {
		return new RoleService.RoleText(this.nameEn, this.nameZh, this.descriptionEn, this.descriptionZh);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.trim().toUpperCase(java.util.Locale.ROOT) : null;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getDescriptionZh() {
		return this.descriptionZh;
	}

	public void setDescriptionZh(String descriptionZh) {
		this.descriptionZh = descriptionZh;
	}

	public Set<Permission> getPermissions() {
		return this.permissions;
	}

	public void setPermissions(Set<Permission> permissions) {
		this.permissions = (permissions == null || permissions.isEmpty()) ? EnumSet.noneOf(Permission.class)
				: EnumSet.copyOf(permissions);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
