package com.custodia.clients;

/**
 * A report's narrowing of the reader's scope to one team and/or one RM (either may be {@code null}: not narrowed). It
 * only ever narrows: the SQL of {@link ClientScope#clientIdIn(String, BookFilter,
 * org.springframework.jdbc.core.namedparam.MapSqlParameterSource)} keeps the scope's own condition. The names are
 * those shown and printed with the report.
 */
public record BookFilter(Long teamId, Long ownerId, String teamName, String ownerName) {

	/** The whole scope. */
	public static final BookFilter NONE = new BookFilter(null, null, null, null);

	public boolean isEmpty() {
		return this.teamId == null && this.ownerId == null;
	}

	/** Whether a client of this team and owner passes the filter. */
	public boolean admits(Long clientTeamId, long clientOwnerId) {
		return (this.teamId == null || this.teamId.equals(clientTeamId))
				&& (this.ownerId == null || this.ownerId == clientOwnerId);
	}

	/** The team and RM named, for a printed report's heading and a download's first rows ("" when not narrowed). */
	public String description() {
		return java.util.stream.Stream.of(this.teamName, this.ownerName)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining(" · "));
	}

}
