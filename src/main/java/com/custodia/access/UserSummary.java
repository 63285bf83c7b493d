package com.custodia.access;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One row of the admin user list. */
public record UserSummary(long id, String username, String displayName, String teamNameEn, String teamNameZh,
		List<RoleName> roles, boolean enabled, boolean locked, Instant lastLoginAt) {

	/** A role's name in both languages. */
	public record RoleName(String nameEn, String nameZh) {

		public String name(Locale locale) {
			return locale.getLanguage().equals("en") ? this.nameEn : this.nameZh;
		}

	}

	public String teamName(Locale locale) {
		if (this.teamNameEn == null) {
			return null;
		}
		return locale.getLanguage().equals("en") ? this.teamNameEn : this.teamNameZh;
	}

	static UserSummary of(UserAccount user, Instant now) {
		Team team = user.getTeam();
		return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName(),
				(team != null) ? team.getNameEn() : null, (team != null) ? team.getNameZh() : null,
				user.getRoles().stream()
					.sorted(java.util.Comparator.comparing(Role::getId))
					.map((role) -> new RoleName(role.getNameEn(), role.getNameZh()))
					.toList(),
				user.isEnabled(), user.isLocked(now), user.getLastLoginAt());
	}

}
