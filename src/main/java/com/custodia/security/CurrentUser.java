package com.custodia.security;

import java.io.Serializable;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as of this request: loaded afresh from the database on every request, so that a change to
 * their roles or permissions applies at once, without signing them out.
 *
 * @param teamId the user's team, or {@code null}
 * @param roles the codes of the user's active roles
 * @param mustChangePassword whether the user must choose a new password before doing anything else
 */
public record CurrentUser(long id, String username, String displayName, Long teamId, Set<String> roles,
		Set<Permission> permissions, boolean mustChangePassword) implements Serializable, java.security.Principal {

	public CurrentUser {
		roles = Set.copyOf(roles);
		permissions = Set.copyOf(permissions);
	}

	/** The username: what {@code Authentication.getName()} answers for this user. */
	@Override
	public String getName() {
		return this.username;
	}

	public boolean can(Permission permission) {
		return this.permissions.contains(permission);
	}

	/** For templates: {@code currentUser.can('USER_ADMIN')}. */
	public boolean can(String permission) {
		return this.permissions.stream().anyMatch((held) -> held.name().equals(permission));
	}

	/** The current request's user, if one is signed in. */
	public static java.util.Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return java.util.Optional.of(user);
		}
		return java.util.Optional.empty();
	}

}
