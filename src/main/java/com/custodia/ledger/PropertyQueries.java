package com.custodia.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.custodia.clients.ClientScope;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.security.CurrentUser;
import com.custodia.web.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the ledger's pages read: a client's property, one property's entries, the approvals queue, one's own movements.
 */
@Service
@Transactional(readOnly = true)
public class PropertyQueries {

	private static final String PROPERTY = "select p.*, (select count(*) from ledger_entry e where e.property_id = p.id "
			+ "and e.state = 'PENDING') as pending from ledger_property p";

	/** The property on the other side of a transfer (or of a transfer's reversal), joined to an entry {@code e}. */
	private static final String COUNTERPART = " left join lateral (select op.id, op.code from ledger_entry o "
			+ "join ledger_property op on op.id = o.property_id where o.transfer_group = e.transfer_group and o.id <> e.id "
			+ "limit 1) other on true";

	private static final String ENTRY_AND_PROPERTY = " from ledger_entry e join ledger_property p on p.id = e.property_id";

	/** An entry {@code e} that is not the second half of a transfer (or of a transfer's reversal): listed once. */
	private static final String FIRST_OF_TRANSFER = "not exists (select 1 from ledger_entry g where g.transfer_group = "
			+ "e.transfer_group and g.id < e.id)";

	private final NamedParameterJdbcTemplate jdbc;

	private final ClientService clients;

	private final PropertyLedger ledger;

	PropertyQueries(NamedParameterJdbcTemplate jdbc, ClientService clients, PropertyLedger ledger) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.ledger = ledger;
	}

	/** What a client's property tab shows: the client, and their property newest first. */
	public record PropertyTab(ClientView client, List<PropertyView> property) {
	}

	/** A client's property tab for a reader who may see the client (404 otherwise), the client read once. */
	public PropertyTab tab(CurrentUser user, long clientId) {
		ClientView client = this.clients.get(user, clientId);
		return new PropertyTab(client, ofClient(clientId, this.ledger.rates(), this.clients.today()));
	}

	/** A piece of property, for a reader who may see its client (404 otherwise). */
	public PropertyView get(CurrentUser user, long id) {
		PropertyView property = find(id, this.ledger.rates(), this.clients.today());
		this.clients.requireInScope(user, property.clientId());
		return property;
	}

	/** What the property page shows: the property, its client, a page of its entries, and the client's property. */
	public record PropertyPage(PropertyView property, ClientView client, Page<EntryView> entries,
			List<PropertyView> clientProperty) {
	}

	/**
	 * The property page's data for a reader who may see the client (404 otherwise), in one transaction that reads the
	 * client, the rates and the property once each: asked for piece by piece, the page read the client four times and
	 * the rates three, in four transactions (docs/performance.md).
	 */
	public PropertyPage page(CurrentUser user, long id, Pageable pageable) {
		ExchangeRates rates = this.ledger.rates();
		LocalDate today = this.clients.today();
		PropertyView property = find(id, rates, today);
		ClientView client = this.clients.get(user, property.clientId());
		return new PropertyPage(property, client, entriesOf(id, pageable), ofClient(property.clientId(), rates, today));
	}

	private PropertyView find(long id, ExchangeRates rates, LocalDate today) {
		return this.jdbc.query(PROPERTY + " where p.id = :id", new MapSqlParameterSource("id", id),
				(rs, row) -> property(rs, rates, today)).stream().findFirst()
			.orElseThrow(() -> new RecordNotFoundException("property", id));
	}

	private List<PropertyView> ofClient(long clientId, ExchangeRates rates, LocalDate today) {
		return this.jdbc.query(PROPERTY + " where p.client_id = :client order by p.id desc limit 1000",
				new MapSqlParameterSource("client", clientId), (rs, row) -> property(rs, rates, today));
	}

	/**
	 * The property's entries, newest first, a page at a time: those waiting for approval first, then the posted and
	 * rejected ones by when they were posted or decided. Two queries, each through its own index (the few pending,
	 * then a page of the rest), so a property with a hundred thousand entries pages as fast as one with ten.
	 */
	private Page<EntryView> entriesOf(long propertyId, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("property", propertyId);
		String select = "select e.*, exists (select 1 from ledger_entry r where r.reverses_entry_id = e.id and "
				+ "r.state = 'POSTED') as reversed, exists (select 1 from ledger_entry r where r.reverses_entry_id = e.id "
				+ "and r.state = 'PENDING') as reversal_pending, other.id as counterpart_id, other.code as counterpart_code "
				+ "from ledger_entry e" + COUNTERPART + " where e.property_id = :property";
		List<EntryView> pending = this.jdbc.query(select + " and e.state = 'PENDING' order by e.id desc", parameters,
				PropertyQueries::entry);
		long offset = pageable.getOffset();
		List<EntryView> page = new java.util.ArrayList<>(pending.subList((int) Math.min(offset, pending.size()),
				(int) Math.min(offset + pageable.getPageSize(), pending.size())));
		int wanted = pageable.getPageSize() - page.size();
		if (wanted > 0) {
			// Matches ledger_entry_recorded_idx (V0017), so the database reads just this page.
			page.addAll(this.jdbc.query(select + " and e.state <> 'PENDING' order by coalesce(e.posted_at, e.decided_at) "
					+ "desc, e.posting_seq desc limit :limit offset :offset", new MapSqlParameterSource(parameters.getValues())
						.addValue("limit", wanted).addValue("offset", Math.max(0, offset - pending.size())),
					PropertyQueries::entry));
		}
		return PageableExecutionUtils.getPage(page, pageable, () -> this.jdbc.queryForObject(
				"select count(*) from ledger_entry where property_id = :property", parameters, Long.class));
	}

	/** What the property list filters by; every part optional. */
	public record Filter(PropertyType type, PropertyStatus status, String custodian, Currency currency) {
	}

	/** Property of the clients in the user's scope, filtered, by code, a page at a time. */
	public Page<PropertyView> search(CurrentUser user, Filter filter, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		StringBuilder where = new StringBuilder(" where ").append(ClientScope.of(user).clientIdIn("p.client_id", parameters));
		if (filter.type() != null) {
			where.append(" and p.property_type = :type");
			parameters.addValue("type", filter.type().name());
		}
		if (filter.status() != null) {
			where.append(" and p.status = :status");
			parameters.addValue("status", filter.status().name());
		}
		if (filter.currency() != null) {
			where.append(" and p.currency = :currency");
			parameters.addValue("currency", filter.currency().name());
		}
		if (filter.custodian() != null && !filter.custodian().isBlank()) {
			where.append(" and (p.custodian ilike :custodian escape '\\' or p.location ilike :custodian escape '\\')");
			parameters.addValue("custodian", "%" + filter.custodian().strip().replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%");
		}
		ExchangeRates rates = this.ledger.rates();
		LocalDate today = this.clients.today();
		List<PropertyView> page = this.jdbc.query(PROPERTY + where + " order by p.code limit :limit offset :offset",
				parameters, (rs, row) -> property(rs, rates, today));
		return PageableExecutionUtils.getPage(page, pageable,
				() -> this.jdbc.queryForObject("select count(*) from ledger_property p" + where, parameters, Long.class));
	}

	/**
	 * Movements the user may decide: waiting for approval on property of clients in their scope, made by someone else
	 * (their own wait at {@link #own}), oldest first; a transfer once.
	 */
	public Page<PendingMovement> pending(CurrentUser user, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		String where = pendingWhere(user, parameters);
		List<PendingMovement> page = this.jdbc.query("select e.*, p.code, p.client_id, p.currency, p.value as balance, "
				+ "other.id as counterpart_id, other.code as counterpart_code" + ENTRY_AND_PROPERTY + COUNTERPART + where
				+ " order by e.made_at, e.id limit :limit offset :offset", parameters,
				(rs, row) -> new PendingMovement(rs.getLong("id"), rs.getLong("property_id"), rs.getString("code"),
						rs.getLong("client_id"), EntryKind.valueOf(rs.getString("kind")), rs.getBigDecimal("value_change"),
						rs.getBigDecimal("quantity_change"), Currency.valueOf(rs.getString("currency")),
						rs.getBigDecimal("base_amount"), rs.getString("reason"), rs.getTimestamp("made_at").toInstant(),
						rs.getString("made_by"), rs.getLong("made_by_id"), rs.getBigDecimal("balance"),
						(Long) rs.getObject("counterpart_id"), rs.getString("counterpart_code")));
		return PageableExecutionUtils.getPage(page, pageable, () -> this.jdbc.queryForObject("select count(*)"
				+ ENTRY_AND_PROPERTY + where, parameters, Long.class));
	}

	/** How many {@link #pending} lists, in one query (the start page). */
	public long pendingCount(CurrentUser user) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		return this.jdbc.queryForObject("select count(*)" + ENTRY_AND_PROPERTY + pendingWhere(user, parameters),
				parameters, Long.class);
	}

	private static String pendingWhere(CurrentUser user, MapSqlParameterSource parameters) {
		parameters.addValue("me", user.id());
		return " where e.state = 'PENDING' and e.made_by_id <> :me and " + FIRST_OF_TRANSFER + " and "
				+ ClientScope.of(user).clientIdIn("p.client_id", parameters);
	}

	/** How many of the user's own movements wait for approval, and how many were rejected since a moment. */
	public record OwnCounts(long pending, long rejected) {
	}

	/**
	 * The user's own movements in one state ({@code PENDING}, or {@code REJECTED} since a moment), newest first, on
	 * property of clients still in their scope; a transfer once. The start page counts the same rows.
	 */
	public Page<OwnMovement> own(CurrentUser user, String state, Instant since, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset())
			.addValue("state", state);
		String where = ownWhere(user, since, parameters) + " and e.state = :state";
		List<OwnMovement> page = this.jdbc.query("select e.*, p.code, p.client_id, p.currency, other.code as "
				+ "counterpart_code" + ENTRY_AND_PROPERTY + COUNTERPART + where + " order by e.made_at desc, e.id desc limit :limit "
				+ "offset :offset", parameters, (rs, row) -> {
					java.sql.Timestamp decided = rs.getTimestamp("decided_at");
					return new OwnMovement(rs.getLong("id"), rs.getLong("property_id"), rs.getString("code"),
							rs.getLong("client_id"), EntryKind.valueOf(rs.getString("kind")),
							rs.getBigDecimal("value_change"), rs.getBigDecimal("quantity_change"),
							Currency.valueOf(rs.getString("currency")), rs.getString("reason"),
							rs.getTimestamp("made_at").toInstant(), rs.getString("state"),
							(decided != null) ? decided.toInstant() : null, rs.getString("decided_by"),
							rs.getString("decision_comment"), rs.getString("counterpart_code"));
				});
		return PageableExecutionUtils.getPage(page, pageable,
				() -> this.jdbc.queryForObject("select count(*)" + ENTRY_AND_PROPERTY + where, parameters, Long.class));
	}

	/** The counts of {@link #own}'s two lists, in one query. */
	public OwnCounts ownCounts(CurrentUser user, Instant since) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		return this.jdbc.queryForObject("select count(*) filter (where e.state = 'PENDING'), count(*) filter (where "
				+ "e.state = 'REJECTED')" + ENTRY_AND_PROPERTY + ownWhere(user, since, parameters), parameters, (rs, row) -> new OwnCounts(rs.getLong(1), rs.getLong(2)));
	}

	private static String ownWhere(CurrentUser user, Instant since, MapSqlParameterSource parameters) {
		parameters.addValue("me", user.id()).addValue("since", java.sql.Timestamp.from(since));
		return " where e.made_by_id = :me and (e.state = 'PENDING' or (e.state = 'REJECTED' and e.decided_at >= :since))"
				+ " and " + FIRST_OF_TRANSFER + " and " + ClientScope.of(user).clientIdIn("p.client_id", parameters);
	}

	private static PropertyView property(ResultSet rs, ExchangeRates rates, LocalDate today) throws SQLException {
		Currency currency = Currency.valueOf(rs.getString("currency"));
		BigDecimal value = rs.getBigDecimal("value");
		return new PropertyView(rs.getLong("id"), rs.getString("code"), rs.getLong("client_id"),
				PropertyType.valueOf(rs.getString("property_type")), rs.getString("description"), rs.getString("custodian"),
				rs.getString("location"), PropertyStatus.valueOf(rs.getString("status")), rs.getString("unit"), currency,
				value, rs.getBigDecimal("quantity"), rates.toBase(value, currency, today).orElse(null),
				rs.getTimestamp("registered_at").toInstant(), rs.getString("registered_by"), rs.getInt("pending"));
	}

	private static EntryView entry(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("status_after");
		java.sql.Timestamp decided = rs.getTimestamp("decided_at");
		return new EntryView(rs.getLong("id"), EntryKind.valueOf(rs.getString("kind")), rs.getString("state"),
				rs.getBigDecimal("value_change"), rs.getBigDecimal("quantity_change"),
				(status != null) ? PropertyStatus.valueOf(status) : null, rs.getBigDecimal("value_after"),
				rs.getBigDecimal("quantity_after"), rs.getString("reason"), rs.getTimestamp("made_at").toInstant(),
				rs.getString("made_by"), (decided != null) ? decided.toInstant() : null, rs.getString("decided_by"),
				rs.getString("decision_comment"), (Long) rs.getObject("reverses_entry_id"), rs.getBoolean("reversed"),
				rs.getBoolean("reversal_pending"),
				(Long) rs.getObject("counterpart_id"), rs.getString("counterpart_code"));
	}

}
