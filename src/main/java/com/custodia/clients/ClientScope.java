package com.custodia.clients;

import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Which clients a user may see: the whole firm ({@code CLIENT_SCOPE_ALL}), their team ({@code CLIENT_SCOPE_TEAM}, when
 * they have a team) or their own book. Every query for clients goes through {@link #restrict} (or, in SQL,
 * {@link #sqlCondition}); a client outside the
 * scope does not exist for the user (404 on every URL, absent from lists, search, counts and exports).
 */
public record ClientScope(Reach reach, long userId, Long teamId) {

	public enum Reach {

		OWN, TEAM, ALL

	}

	public static ClientScope of(CurrentUser user) {
		if (user.can(Permission.CLIENT_SCOPE_ALL)) {
			return new ClientScope(Reach.ALL, user.id(), user.teamId());
		}
		if (user.can(Permission.CLIENT_SCOPE_TEAM) && user.teamId() != null) {
			return new ClientScope(Reach.TEAM, user.id(), user.teamId());
		}
		return new ClientScope(Reach.OWN, user.id(), user.teamId());
	}

	boolean covers(Client client) {
		return switch (this.reach) {
			case ALL -> true;
			case TEAM -> this.teamId.equals(client.getTeamId());
			case OWN -> client.getOwnerId() == this.userId;
		};
	}

	/** Whether the user sees more than their own book (and so may filter by owner). */
	public boolean seesOthers() {
		return this.reach != Reach.OWN;
	}

	/**
	 * The restriction for SQL over another module's table: {@code column in (the ids of the clients in scope)}, for
	 * example {@code p.client_id in (...)}, to append with {@code and}.
	 */
	public String clientIdIn(String column, org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters) {
		return clientIdIn(column, BookFilter.NONE, parameters);
	}

	/** {@link #clientIdIn(String, org.springframework.jdbc.core.namedparam.MapSqlParameterSource)}, narrowed by a report's filter. */
	public String clientIdIn(String column, BookFilter filter,
			org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters) {
		if (this.reach == Reach.ALL && filter.isEmpty()) {
			// Every client: the column references one (a foreign key), so no lookup of 100,000 ids.
			return "(" + column + " is not null)";
		}
		return column + " in (select id from clients_client where " + sqlCondition(filter, parameters) + ")";
	}

	/** {@link #sqlCondition}, narrowed by a report's filter (never wider than the scope). */
	public String sqlCondition(BookFilter filter, org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters) {
		return bookCondition("", filter, parameters);
	}

	/** The same restriction for SQL over {@code clients_client}: a condition to append with {@code and}. */
	public String sqlCondition(org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters) {
		return bookCondition("", BookFilter.NONE, parameters);
	}

	/**
	 * The restriction for SQL over a table whose rows carry their client's {@code team_id} and {@code owner_id}, as
	 * {@code clients_client} does and copies of it kept by the database do (complaints, V0042), its columns qualified by
	 * {@code alias} (for example {@code "c."}): a condition to append with {@code and}. For a team or an RM it holds
	 * no row without a client; for the whole firm it is true.
	 */
	public String bookCondition(String alias, BookFilter filter,
			org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters) {
		StringBuilder condition = new StringBuilder(switch (this.reach) {
			case ALL -> "true";
			case TEAM -> {
				parameters.addValue("scopeTeam", this.teamId);
				yield alias + "team_id = :scopeTeam";
			}
			case OWN -> {
				parameters.addValue("scopeUser", this.userId);
				yield alias + "owner_id = :scopeUser";
			}
		});
		if (filter.teamId() != null) {
			parameters.addValue("filterTeam", filter.teamId());
			condition.append(" and ").append(alias).append("team_id = :filterTeam");
		}
		if (filter.ownerId() != null) {
			parameters.addValue("filterOwner", filter.ownerId());
			condition.append(" and ").append(alias).append("owner_id = :filterOwner");
		}
		return condition.toString();
	}

	Predicate restrict(Root<Client> client, CriteriaBuilder builder) {
		return switch (this.reach) {
			case ALL -> builder.conjunction();
			case TEAM -> builder.equal(client.get("teamId"), this.teamId);
			case OWN -> builder.equal(client.get("ownerId"), this.userId);
		};
	}

}
