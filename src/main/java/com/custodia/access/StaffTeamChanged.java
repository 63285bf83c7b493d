package com.custodia.access;

/**
 * A member of staff moved to another team (or out of any team): published inside the change's transaction, so that
 * modules keeping the team beside the person (the clients module, for its team scope) follow in the same commit.
 */
public record StaffTeamChanged(long userId, String username, Long previousTeamId, Long teamId) {
}
