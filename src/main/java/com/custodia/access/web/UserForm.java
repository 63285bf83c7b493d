package com.custodia.access.web;

import java.util.LinkedHashSet;
import java.util.Set;

import com.custodia.access.UserAccount;
import com.custodia.access.UserAdminService;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin creating or editing a user. The username is chosen once, at creation. */
class UserForm {

	@NotBlank(groups = OnCreate.class)
	@Pattern(regexp = "(|[a-z0-9][a-z0-9._-]{2,39})", message = "{user.username.format}", groups = OnCreate.class)
	private String username;

	@NotBlank
	@Size(max = 100)
	private String displayName;

	@Email
	@Size(max = 254)
	private String email;

	private Long teamId;

	@NotEmpty(message = "{user.roles.required}")
	private Set<Long> roleIds = new LinkedHashSet<>();

	private long version;

	static UserForm of(UserAccount user) {
		UserForm form = new UserForm();
		form.username = user.getUsername();
		form.displayName = user.getDisplayName();
		form.email = user.getEmail();
		form.teamId = (user.getTeam() != null) ? user.getTeam().getId() : null;
		user.getRoles().forEach((role) -> form.roleIds.add(role.getId()));
		form.version = user.getVersion();
		return form;
	}

	UserAdminService.UserDetails toDetails() {
		return new UserAdminService.UserDetails(this.displayName, this.email, this.teamId, Set.copyOf(this.roleIds));
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.trim().toLowerCase(java.util.Locale.ROOT) : null;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null && email.isBlank()) ? null : email;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Set<Long> getRoleIds() {
		return this.roleIds;
	}

	public void setRoleIds(Set<Long> roleIds) {
		this.roleIds = (roleIds != null) ? roleIds : new LinkedHashSet<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
