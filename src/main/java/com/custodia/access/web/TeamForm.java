package com.custodia.access.web;

import com.custodia.access.Team;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin creating or renaming a team. The code is chosen once, at creation. */
class TeamForm {

	@NotBlank(groups = OnCreate.class)
	@Pattern(regexp = "(|[A-Za-z0-9_-]{2,40})", message = "{team.code.format}", groups = OnCreate.class)
	private String code;

	@NotBlank
	@Size(max = 100)
	private String nameEn;

	@NotBlank
	@Size(max = 100)
	private String nameZh;

	private boolean active = true;

	private long version;

	static TeamForm of(Team team) {
		TeamForm form = new TeamForm();
		form.code = team.getCode();
		form.nameEn = team.getNameEn();
		form.nameZh = team.getNameZh();
		form.active = team.isActive();
		form.version = team.getVersion();
		return form;
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

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
