package com.custodia.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientScope;
import com.custodia.clients.ClientService;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.FieldProblem;
import com.custodia.web.PlainText;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.RequiredText;
import com.custodia.web.StaleRecordException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Count sessions. Opening one snapshots what the ledger says is at a custodian and location; the counter records each
 * item as matching, different (with what was found) or missing, and adds what the ledger does not list as unexpected.
 * Closing turns the uncounted into missing. Each difference is then resolved by a correcting movement (through the
 * ledger, with its four-eyes rules) or an explanation; the session is resolved when none is left.
 */
@Service
@Transactional
public class Reconciliations {

	public enum Result {

		UNCOUNTED, MATCHING, DIFFERENT, MISSING, UNEXPECTED;

		public boolean isDifference() {
			return this == DIFFERENT || this == MISSING || this == UNEXPECTED;
		}

	}

	/** A session. */
	public record Session(long id, String custodian, String location, String status, Instant openedAt, String openedBy,
			Instant closedAt, String closedBy, int items, int differences, int unresolved, long version) {

		public boolean isCounting() {
			return "COUNTING".equals(this.status);
		}

	}

	/** One line of a session. */
	public record Item(long id, Long propertyId, String code, String description, BigDecimal expectedValue,
			BigDecimal expectedQuantity, Result result, BigDecimal foundValue, BigDecimal foundQuantity, String countedBy,
			String resolution, String resolutionNote, Long resolutionEntryId, String resolutionEntryState) {

		/**
		 * A difference still to resolve: never resolved, or corrected by a movement that was rejected (a pending
		 * correction is neither: it waits for its approval).
		 */
		public boolean isUnresolvedDifference() {
			return this.result.isDifference() && (this.resolution == null
					|| ("CORRECTED".equals(this.resolution) && "REJECTED".equals(this.resolutionEntryState)));
		}

		public boolean isCorrectionPending() {
			return "CORRECTED".equals(this.resolution) && "PENDING".equals(this.resolutionEntryState);
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final PropertyLedger ledger;

	private final AuditTrail audit;

	private final Clock clock;

	private final ClientService clients;

	Reconciliations(NamedParameterJdbcTemplate jdbc, PropertyLedger ledger, AuditTrail audit, Clock clock,
			ClientService clients) {
		this.clients = clients;
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens a session at a place, with a snapshot of the property there in the user's scope; answers its id. */
	public long open(CurrentUser user, String custodian, String location) {
		require(user);
		List<FieldProblem> problems = new ArrayList<>();
		RequiredText.check(problems, "custodian", custodian, 200);
		RequiredText.check(problems, "location", location, 200);
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("custodian", custodian.strip())
			.addValue("location", location.strip()).addValue("now", Timestamp.from(this.clock.instant()))
			.addValue("by", user.username());
		if (this.jdbc.queryForObject("select count(*) from ledger_count where custodian = :custodian and location = :location "
				+ "and status = 'COUNTING'", parameters, Integer.class) > 0) {
			throw new ClientRuleException("location", "ledger.count.alreadyCounting");
		}
		long id;
		try {
			id = this.jdbc.queryForObject("insert into ledger_count (custodian, location, status, opened_at, opened_by) "
					+ "values (:custodian, :location, 'COUNTING', :now, :by) returning id", parameters, Long.class);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			// Someone opened one for the same place at the same moment (V0017's unique index).
			throw new ClientRuleException("location", "ledger.count.alreadyCounting");
		}
		parameters.addValue("count", id);
		String scope = ClientScope.of(user).clientIdIn("p.client_id", parameters);
		int items = this.jdbc.update("""
				insert into ledger_count_item (count_id, property_id, code, description, expected_value, expected_quantity, result)
				select :count, p.id, p.code, p.description, p.value, p.quantity, 'UNCOUNTED' from ledger_property p
				where p.custodian = :custodian and p.location = :location and p.status not in ('RELEASED', 'LOST_OR_DAMAGED')
				  and\s""" + scope, parameters);
		this.audit.record(AuditEntry.of("COUNT_OPENED").target("LEDGER_COUNT", id)
			.change("place", null, custodian.strip() + " / " + location.strip()).change("items", null, items));
		return id;
	}

	/**
	 * Records what was found for a code: the expected item as matching, different or missing, or an item the ledger
	 * does not list as unexpected (with a description). Counting again overwrites while the session is counting.
	 */
	public void count(CurrentUser user, long countId, String typedCode, Result result, BigDecimal foundValue,
			BigDecimal foundQuantity, String description) {
		require(user);
		Session session = session(countId);
		if (!session.isCounting()) {
			throw new ClientRuleException("*", "ledger.count.notCounting");
		}
		String code = PropertyCode.normalize(typedCode);
		if (code == null || code.isBlank() || code.length() > 40) {
			throw new ClientRuleException("code", "ledger.count.codeRequired");
		}
		List<Item> existing = this.jdbc.query(ITEM + " where i.count_id = :count and i.code = :code",
				new MapSqlParameterSource("count", countId).addValue("code", code), Reconciliations::item);
		MapSqlParameterSource parameters = new MapSqlParameterSource("count", countId).addValue("code", code)
			.addValue("now", Timestamp.from(this.clock.instant())).addValue("by", user.username());
		Result recorded;
		if (existing.isEmpty() || existing.get(0).propertyId() == null) {
			if (description == null || description.isBlank()) {
				throw new ClientRuleException("description", "ledger.count.describeUnexpected");
			}
			recorded = Result.UNEXPECTED;
			this.jdbc.update("insert into ledger_count_item (count_id, code, description, result, found_value, found_quantity, "
					+ "counted_at, counted_by) values (:count, :code, :description, 'UNEXPECTED', :value, :quantity, :now, :by) "
					+ "on conflict (count_id, code) do update set description = excluded.description, "
					+ "found_value = excluded.found_value, found_quantity = excluded.found_quantity, "
					+ "counted_at = excluded.counted_at, counted_by = excluded.counted_by",
					parameters.addValue("description", PlainText.clean(description).strip())
						.addValue("value", foundValue).addValue("quantity", foundQuantity));
		}
		else {
			Item item = existing.get(0);
			requireItemInScope(user, item);
			recorded = (result == null || result == Result.UNCOUNTED || result == Result.UNEXPECTED) ? Result.MATCHING : result;
			BigDecimal value = (recorded == Result.DIFFERENT && foundValue != null) ? foundValue : item.expectedValue();
			BigDecimal quantity = (recorded == Result.DIFFERENT && foundQuantity != null) ? foundQuantity
					: item.expectedQuantity();
			if (recorded == Result.DIFFERENT && value.compareTo(item.expectedValue()) == 0
					&& quantity.compareTo(item.expectedQuantity()) == 0) {
				throw new ClientRuleException("foundValue", "ledger.count.differentNeedsFigures");
			}
			if (recorded == Result.DIFFERENT && (value.signum() < 0 || quantity.signum() < 0)) {
				throw new ClientRuleException("foundValue", "ledger.movement.belowZero");
			}
			this.jdbc.update("update ledger_count_item set result = :result, found_value = :value, found_quantity = :quantity, "
					+ "counted_at = :now, counted_by = :by where id = :id", parameters.addValue("result", recorded.name())
						.addValue("value", (recorded == Result.MISSING) ? null : value)
						.addValue("quantity", (recorded == Result.MISSING) ? null : quantity).addValue("id", item.id()));
		}
		this.audit.record(AuditEntry.of("COUNT_RECORDED").target("LEDGER_COUNT", countId).change("code", null, code)
			.change("result", null, recorded));
	}

	/** Closes counting: what was not counted is missing; a session without differences is resolved at once. */
	public void close(CurrentUser user, long countId, long version) {
		require(user);
		Session session = session(countId);
		StaleRecordException.check("count", countId, version, session.version());
		if (!session.isCounting()) {
			throw new ClientRuleException("*", "ledger.count.notCounting");
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("count", countId)
			.addValue("now", Timestamp.from(this.clock.instant())).addValue("by", user.username());
		this.jdbc.update("update ledger_count_item set result = 'MISSING' where count_id = :count and result = 'UNCOUNTED'",
				parameters);
		if (this.jdbc.update("update ledger_count set status = 'CLOSED', closed_at = :now, closed_by = :by, "
				+ "version = version + 1 where id = :count and version = :version and status = 'COUNTING'",
				parameters.addValue("version", version)) != 1) {
			throw new StaleRecordException("count", countId);
		}
		this.audit.record(AuditEntry.of("COUNT_CLOSED").target("LEDGER_COUNT", countId)
			.change("differences", null, session(countId).differences()));
	}

	/** Resolves a difference with an explanation. */
	public void explain(CurrentUser user, long itemId, String note) {
		require(user);
		Item item = unresolvedDifference(user, itemId);
		if (note == null || note.isBlank()) {
			throw new ClientRuleException("note", "client.required");
		}
		resolve(user, item, "EXPLAINED", PlainText.clean(note).strip(), null);
	}

	/**
	 * Resolves a difference with a correcting movement through the ledger (a revaluation or quantity change to what was
	 * found, or "lost or damaged" for a missing item), subject to the ledger's rules and four eyes.
	 */
	public void correct(CurrentUser user, long itemId, String reason) {
		require(user);
		Item item = unresolvedDifference(user, itemId);
		if (item.propertyId() == null) {
			throw new ClientRuleException("*", "ledger.count.unexpectedNeedsExplanation");
		}
		String why = (reason == null || reason.isBlank()) ? null : reason;
		// The correction is what was found against what the ledger said when counting began; if the property moved
		// since, that difference is no longer the ledger's error, so count it again (or explain).
		LedgerRules.Balance now = this.ledger.balance(user, item.propertyId());
		if (now.value().compareTo(item.expectedValue()) != 0 || now.quantity().compareTo(item.expectedQuantity()) != 0) {
			throw new ClientRuleException("*", "ledger.count.changedSinceCount");
		}
		PropertyLedger.Movement movement;
		if (item.result() == Result.MISSING) {
			movement = new PropertyLedger.Movement(EntryKind.STATUS_CHANGE, BigDecimal.ZERO, BigDecimal.ZERO,
					PropertyStatus.LOST_OR_DAMAGED, why);
		}
		else if (item.foundQuantity().compareTo(item.expectedQuantity()) != 0) {
			BigDecimal units = item.foundQuantity().subtract(item.expectedQuantity());
			BigDecimal value = item.foundValue().subtract(item.expectedValue());
			movement = new PropertyLedger.Movement((units.signum() < 0) ? EntryKind.WITHDRAWAL : EntryKind.DEPOSIT, value,
					units, null, why);
		}
		else {
			movement = new PropertyLedger.Movement(EntryKind.REVALUATION, item.foundValue().subtract(item.expectedValue()),
					BigDecimal.ZERO, null, why);
		}
		PropertyLedger.Outcome outcome = this.ledger.submit(user, item.propertyId(), movement);
		resolve(user, item, "CORRECTED", why, outcome.entryId());
	}

	/** Sessions: counting and unresolved first, then the resolved, newest first. */
	@Transactional(readOnly = true)
	public List<Session> list(CurrentUser user) {
		require(user);
		return this.jdbc.query(SESSION + " order by (c.effective_status = 'RESOLVED'), c.opened_at desc limit 200",
				new MapSqlParameterSource(), Reconciliations::session);
	}

	@Transactional(readOnly = true)
	public Session get(CurrentUser user, long id) {
		require(user);
		return session(id);
	}

	@Transactional(readOnly = true)
	public List<Item> items(CurrentUser user, long countId) {
		require(user);
		session(countId);
		// Items of clients the user may not see are left out (unexpected items belong to nobody yet).
		MapSqlParameterSource parameters = new MapSqlParameterSource("count", countId);
		String scope = ClientScope.of(user).clientIdIn("p.client_id", parameters);
		return this.jdbc.query(ITEM + " where i.count_id = :count and (i.property_id is null or i.property_id in "
				+ "(select p.id from ledger_property p where " + scope + ")) order by (i.result = 'UNEXPECTED'), i.code",
				parameters, Reconciliations::item);
	}

	private void resolve(CurrentUser user, Item item, String resolution, String note, Long entryId) {
		long countId = this.jdbc.queryForObject("select count_id from ledger_count_item where id = :id",
				new MapSqlParameterSource("id", item.id()), Long.class);
		int updated = this.jdbc.update("update ledger_count_item set resolution = :resolution, resolution_note = :note, "
				+ "resolution_entry_id = :entry, resolved_at = :now, resolved_by = :by where id = :id and (resolution is null "
				+ "or resolution_entry_id in (select e.id from ledger_entry e where e.state = 'REJECTED'))",
				new MapSqlParameterSource("resolution", resolution).addValue("note", note).addValue("entry", entryId)
					.addValue("now", Timestamp.from(this.clock.instant())).addValue("by", user.username())
					.addValue("id", item.id()));
		if (updated != 1) {
			throw new IllegalStateException("Count item " + item.id() + " was resolved meanwhile");
		}
		this.audit.record(AuditEntry.of("COUNT_DIFFERENCE_RESOLVED").target("LEDGER_COUNT", countId)
			.change("code", null, item.code()).change("resolution", null, resolution)
			.change("entry", null, entryId));
	}

	/** A listed item belongs to a client: a user who may not see the client is told it does not exist. */
	private void requireItemInScope(CurrentUser user, Item item) {
		if (item.propertyId() != null) {
			Long client = this.jdbc.queryForObject("select client_id from ledger_property where id = :id",
					new MapSqlParameterSource("id", item.propertyId()), Long.class);
			this.clients.requireInScope(user, client);
		}
	}

	private Item unresolvedDifference(CurrentUser user, long itemId) {
		// Locked: two people resolving the same difference at once resolve it once.
		this.jdbc.query("select id from ledger_count_item where id = :id for update", new MapSqlParameterSource("id", itemId),
				(rs, row) -> rs.getLong(1));
		Item item = this.jdbc.query(ITEM + " join ledger_count c on c.id = i.count_id where i.id = :id and c.status <> "
				+ "'COUNTING'", new MapSqlParameterSource("id", itemId), Reconciliations::item)
			.stream().findFirst().orElseThrow(() -> new RecordNotFoundException("count item", itemId));
		requireItemInScope(user, item);
		if (!item.isUnresolvedDifference()) {
			throw new ClientRuleException("*", "ledger.count.nothingToResolve");
		}
		return item;
	}

	/**
	 * Sessions with their counts and their status as it stands: counting; closed while a difference is unresolved
	 * (a correction that waits for approval, or was rejected, leaves it unresolved); resolved otherwise.
	 */
	private static final String SESSION = """
			select * from (select c.*, s.items, s.differences, s.unresolved,
			    case when c.status = 'COUNTING' then 'COUNTING' when s.unresolved = 0 then 'RESOLVED' else 'CLOSED' end
			        as effective_status
			from ledger_count c cross join lateral (
			    select count(*) as items,
			           count(*) filter (where i.result in ('DIFFERENT', 'MISSING', 'UNEXPECTED')) as differences,
			           count(*) filter (where i.result in ('DIFFERENT', 'MISSING', 'UNEXPECTED') and (i.resolution is null
			               or (i.resolution = 'CORRECTED' and e.state is distinct from 'POSTED'))) as unresolved
			    from ledger_count_item i left join ledger_entry e on e.id = i.resolution_entry_id where i.count_id = c.id) s) c""";

	private static final String ITEM = "select i.*, e.state as entry_state from ledger_count_item i "
			+ "left join ledger_entry e on e.id = i.resolution_entry_id";

	private Session session(long id) {
		return this.jdbc.query(SESSION + " where c.id = :id", new MapSqlParameterSource("id", id), Reconciliations::session)
			.stream().findFirst().orElseThrow(() -> new RecordNotFoundException("count", id));
	}

	private static Session session(ResultSet rs, int row) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Session(rs.getLong("id"), rs.getString("custodian"), rs.getString("location"),
				rs.getString("effective_status"),
				rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"),
				(closed != null) ? closed.toInstant() : null, rs.getString("closed_by"), rs.getInt("items"),
				rs.getInt("differences"), rs.getInt("unresolved"), rs.getLong("version"));
	}

	private static Item item(ResultSet rs, int row) throws SQLException {
		return new Item(rs.getLong("id"), (Long) rs.getObject("property_id"), rs.getString("code"),
				rs.getString("description"), rs.getBigDecimal("expected_value"), rs.getBigDecimal("expected_quantity"),
				Result.valueOf(rs.getString("result")), rs.getBigDecimal("found_value"), rs.getBigDecimal("found_quantity"),
				rs.getString("counted_by"), rs.getString("resolution"), rs.getString("resolution_note"),
				(Long) rs.getObject("resolution_entry_id"), rs.getString("entry_state"));
	}

	private static void require(CurrentUser user) {
		if (!user.can(Permission.RECONCILIATION_RUN)) {
			throw new AccessDeniedException(Permission.RECONCILIATION_RUN.name());
		}
	}

}
