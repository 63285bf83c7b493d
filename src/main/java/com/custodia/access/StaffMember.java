package com.custodia.access;

/**
 * A member of staff as other modules see them: enough to name an owner or pick one from a list.
 *
 * @param teamId the member's team, or {@code null}
 */
public record StaffMember(long id, String username, String displayName, Long teamId) {
}
