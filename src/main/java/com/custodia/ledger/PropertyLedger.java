package com.custodia.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;
import com.custodia.web.FieldProblem;
import com.custodia.web.PlainText;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.RequiredText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The property ledger's writes. A movement is checked by {@link LedgerRules}, then either posted at once or, when
 * {@link FourEyes} says so, kept pending until a second user approves it. Posting locks the property's row, checks
 * the balance again and writes the entry with the balance after, so two movements at the same moment cannot take a
 * balance below zero. A transfer posts or waits as one; a reversal always waits for approval and undoes its entry once
 * (a transfer's reversal undoes both halves as one).
 */
@Service
@Transactional
public class PropertyLedger {

	/** What the RM types to register a piece of property: its first entry. */
	public record Registration(PropertyType type, String description, String custodian, String location,
			Currency currency, BigDecimal value, BigDecimal quantity, String unit) {
	}

	/**
	 * A movement on one property; {@code statusAfter} only for a status change; {@code newValue} for a revaluation,
	 * whose change is worked out under the property's lock (so two at once cannot lose one).
	 */
	public record Movement(EntryKind kind, BigDecimal valueChange, BigDecimal quantityChange, PropertyStatus statusAfter,
			String reason, BigDecimal newValue) {

		public Movement(EntryKind kind, BigDecimal valueChange, BigDecimal quantityChange, PropertyStatus statusAfter,
				String reason) {
			this(kind, valueChange, quantityChange, statusAfter, reason, null);
		}

	}

	/** The largest value or quantity a property holds (its columns keep 15 digits before the point). */
	static final BigDecimal MAX = new BigDecimal("100000000000000");

	/** How a submitted movement ended: posted now, or waiting for a second person. */
	public record Outcome(long entryId, boolean pending) {
	}

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final AuditTrail audit;

	private final Clock clock;

	private final LedgerSettings settings;

	private final DisplayZone zone;

	private final ApplicationEventPublisher events;

	PropertyLedger(JdbcClient jdbc, ClientService clients, AuditTrail audit, Clock clock, LedgerSettings settings,
			DisplayZone zone, ApplicationEventPublisher events) {
		this.zone = zone;
		this.events = events;
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/** Registers a piece of property of a client in the user's scope; answers its id. */
	public long register(CurrentUser user, long clientId, Registration registration) {
		ClientView client = writableClient(user, clientId);
		List<FieldProblem> problems = new ArrayList<>();
		RequiredText.check(problems, "description", registration.description(), 500);
		RequiredText.check(problems, "custodian", registration.custodian(), 200);
		RequiredText.check(problems, "location", registration.location(), 200);
		if (registration.type() == null) {
			problems.add(new FieldProblem("type", "client.required"));
		}
		if (registration.currency() == null) {
			problems.add(new FieldProblem("currency", "client.required"));
		}
		if (registration.value() == null || registration.value().signum() < 0
				|| registration.value().stripTrailingZeros().scale() > 2 || registration.value().compareTo(MAX) >= 0) {
			problems.add(new FieldProblem("value", "ledger.register.valueInvalid"));
		}
		BigDecimal quantity = (registration.quantity() != null) ? registration.quantity() : BigDecimal.ZERO;
		if (quantity.signum() < 0 || quantity.stripTrailingZeros().scale() > 4 || quantity.compareTo(MAX) >= 0) {
			problems.add(new FieldProblem("quantity", "ledger.register.quantityInvalid"));
		}
		else if (quantity.signum() > 0 && (registration.unit() == null || registration.unit().isBlank())) {
			// A quantity without its unit could not be read anywhere it is shown.
			problems.add(new FieldProblem("unit", "ledger.register.unitRequired"));
		}
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		Instant now = this.clock.instant();
		long number = this.jdbc.sql("select nextval('ledger_property_number_seq')").query(Long.class).single();
		String code = PropertyCode.of(this.clients.today().getYear(), number);
		long id = this.jdbc.sql("""
				insert into ledger_property (code, client_id, property_type, description, custodian, location, status, unit,
				    currency, value, quantity, registered_at, registered_by)
				values (?, ?, ?, ?, ?, ?, 'IN_CUSTODY', ?, ?, ?, ?, ?, ?) returning id""")
			.params(code, client.id(), registration.type().name(), clean(registration.description()),
					clean(registration.custodian()), clean(registration.location()),
					(registration.unit() == null || registration.unit().isBlank()) ? null : clean(registration.unit()),
					registration.currency().name(), registration.value(), quantity, Timestamp.from(now), user.username())
			.query(Long.class).single();
		this.jdbc.sql("""
				insert into ledger_entry (property_id, kind, state, value_change, quantity_change, status_after, base_amount,
				    reason, made_at, made_by, made_by_id, posted_at, value_after, quantity_after, posting_seq)
				values (?, 'REGISTRATION', 'POSTED', ?, ?, 'IN_CUSTODY', ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, registration.value(), quantity, toBase(registration.value(), registration.currency()),
					"registration", Timestamp.from(now), user.username(), user.id(), Timestamp.from(now),
					registration.value(), quantity)
			.update();
		this.audit.record(AuditEntry.of("PROPERTY_REGISTERED").target("PROPERTY", id).client(client.id())
			.change("code", null, code).change("type", null, registration.type())
			.change("value", null, registration.value() + " " + registration.currency())
			.change("quantity", null, quantity));
		this.events.publishEvent(new ClientPropertyChanged(client.id()));
		return id;
	}

	/** Submits a movement: posted now, or pending when it needs a second person. */
	public Outcome submit(CurrentUser user, long propertyId, Movement movement) {
		requirePermission(user, Permission.PROPERTY_WRITE);
		Property property = lockedProperty(user, propertyId);
		requireOpenClient(user, property);
		Movement checked = checked(property, movement);
		ExchangeRates rates = rates();
		BigDecimal base = toBase(rates, checked.valueChange().abs(), property.currency());
		LedgerSettings.Thresholds thresholds = this.settings.thresholds();
		boolean pending = FourEyes.needsApproval(checked.kind(), checked.statusAfter(), base,
				thresholds.approvalThreshold());
		// Only a withdrawal can take most of the client's assets: the total is read for those alone, before they post.
		boolean withdrawal = checked.kind() == EntryKind.WITHDRAWAL || checked.kind() == EntryKind.RELEASE;
		if (withdrawal) {
			// One withdrawal of a client at a time, so two on different properties cannot both miss the day's count.
			this.jdbc.sql("select pg_advisory_xact_lock(7002, ?::int)").param((int) property.clientId())
				.query(Object.class).single();
		}
		BigDecimal clientAssets = withdrawal ? clientAssets(rates, property.clientId()) : BigDecimal.ZERO;
		long entry = insert(property, checked, base, user, null, null);
		if (!pending) {
			post(property, entry, checked, null, null);
		}
		raiseAlerts(property, entry, checked.kind(), withdrawal, base, clientAssets, thresholds.alerts());
		this.audit.record(AuditEntry.of(pending ? "MOVEMENT_SUBMITTED" : "MOVEMENT_POSTED").target("LEDGER_ENTRY", entry)
			.client(property.clientId()).change("property", null, property.code()).change("kind", null, checked.kind())
			.change("valueChange", null, checked.valueChange()).change("quantityChange", null, checked.quantityChange()));
		return new Outcome(entry, pending);
	}

	/**
	 * Transfers value (and quantity) from one property to another of the same client, in the same currency and unit:
	 * two entries, posted or pending together, never one without the other.
	 */
	public Outcome transfer(CurrentUser user, long fromId, long toId, BigDecimal value, BigDecimal quantity, String reason) {
		requirePermission(user, Permission.PROPERTY_WRITE);
		if (fromId == toId) {
			throw new ClientRuleException("toId", "ledger.transfer.sameProperty");
		}
		// Lock both rows in id order, so two opposite transfers cannot deadlock.
		Property first = lockedProperty(user, Math.min(fromId, toId));
		Property second = lockedProperty(user, Math.max(fromId, toId));
		Property from = (first.id() == fromId) ? first : second;
		Property to = (first.id() == fromId) ? second : first;
		requireOpenClient(user, from);
		if (from.clientId() != to.clientId() || from.currency() != to.currency()) {
			throw new ClientRuleException("toId", "ledger.transfer.sameClientAndCurrency");
		}
		if (!to.status().takesMovements()) {
			throw new ClientRuleException("toId", "ledger.transfer.targetClosed");
		}
		// Quantities move with the value, so both sides must count in the same unit (or neither in any).
		if (!Objects.equals(from.unit(), to.unit())) {
			throw new ClientRuleException("toId", "ledger.transfer.sameUnit");
		}
		BigDecimal amount = (value != null) ? value : BigDecimal.ZERO;
		BigDecimal units = (quantity != null) ? quantity : BigDecimal.ZERO;
		Movement out = checked(from, new Movement(EntryKind.TRANSFER_OUT, amount.negate(), units.negate(), null, reason));
		Movement in = checked(to, new Movement(EntryKind.TRANSFER_IN, amount, units, null, reason));
		BigDecimal base = toBase(amount.abs(), from.currency());
		boolean pending = FourEyes.needsApproval(EntryKind.TRANSFER_OUT, base, this.settings.thresholds().approvalThreshold());
		UUID group = UUID.randomUUID();
		long outEntry = insert(from, out, base, user, null, group);
		long inEntry = insert(to, in, base, user, null, group);
		if (!pending) {
			post(from, outEntry, out, null, null);
			post(to, inEntry, in, null, null);
		}
		// A transfer keeps the value with the client: only its size can be unusual.
		raiseAlerts(from, outEntry, EntryKind.TRANSFER_OUT, false, base, BigDecimal.ZERO, this.settings.thresholds().alerts());
		this.audit.record(AuditEntry.of(pending ? "MOVEMENT_SUBMITTED" : "MOVEMENT_POSTED").target("LEDGER_ENTRY", outEntry)
			.client(from.clientId()).change("kind", null, "TRANSFER").change("from", null, from.code())
			.change("to", null, to.code()).change("value", null, amount));
		return new Outcome(outEntry, pending);
	}

	/**
	 * Asks to reverse a posted entry; a reversal always waits for a second person, and an entry is reversed once. A
	 * transfer is reversed whole: both halves get their reversal, pending and decided together.
	 */
	public Outcome reverse(CurrentUser user, long entryId, String reason) {
		requirePermission(user, Permission.LEDGER_REVERSE);
		Entry original = entry(entryId);
		property(user, original.propertyId(), false);
		if (!original.state().equals("POSTED") || original.kind() == EntryKind.REGISTRATION
				|| original.kind() == EntryKind.REVERSAL) {
			throw new ClientRuleException("*", "ledger.reverse.notReversible");
		}
		List<FieldProblem> problems = new ArrayList<>();
		RequiredText.check(problems, "reason", reason, 500);
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		List<Entry> halves = (original.transferGroup() != null) ? group(original.transferGroup()) : List.of(original);
		// Lock the properties in id order, as a transfer and an approval do, so no two of them can deadlock.
		List<Property> properties = lockedInOrder(user, halves);
		UUID group = (original.transferGroup() != null) ? UUID.randomUUID() : null;
		long first = 0;
		for (Entry half : halves) {
			Property property = of(properties, half.propertyId());
			// Undoing a release or a status change also gives the property back the status it had before, if the
			// status is still the one the entry set (a later change would otherwise be undone silently).
			PropertyStatus restored = (half.kind() == EntryKind.RELEASE || half.kind() == EntryKind.STATUS_CHANGE)
					? half.statusBefore() : null;
			if (restored != null && property.status() != half.statusAfter()) {
				throw new ClientRuleException("*", "ledger.reverse.statusMoved");
			}
			Movement undo = new Movement(EntryKind.REVERSAL, half.valueChange().negate(), half.quantityChange().negate(),
					restored, clean(reason));
			long entry = insert(property, undo, toBase(undo.valueChange().abs(), property.currency()), user, half.id(),
					group);
			first = (half.id() == entryId) ? entry : first;
			this.audit.record(AuditEntry.of("REVERSAL_SUBMITTED").target("LEDGER_ENTRY", entry)
				.client(property.clientId()).change("reverses", null, half.id()));
		}
		return new Outcome(first, true);
	}

	private List<Entry> group(UUID transferGroup) {
		return this.jdbc.sql(ENTRY + " where transfer_group = ? order by id").param(transferGroup)
			.query(PropertyLedger::entry).list();
	}

	private List<Property> lockedInOrder(CurrentUser user, List<Entry> entries) {
		return entries.stream().map(Entry::propertyId).sorted().distinct().map((id) -> lockedProperty(user, id)).toList();
	}

	private static Property of(List<Property> properties, long id) {
		return properties.stream().filter((p) -> p.id() == id).findFirst().orElseThrow();
	}

	/**
	 * Approves or rejects a pending entry (both halves of a pending transfer together). Never the maker's own; an
	 * approval that would now take the balance below zero is refused and the entry stays pending.
	 */
	public void decide(CurrentUser user, long entryId, boolean approve, String comment) {
		requirePermission(user, Permission.MOVEMENT_APPROVE);
		Entry entry = entry(entryId);
		property(user, entry.propertyId(), false);
		if (!entry.state().equals("PENDING")) {
			throw new ClientRuleException("*", "ledger.approval.notPending");
		}
		if (!FourEyes.mayDecide(entry.madeById(), user.id())) {
			throw new ClientRuleException("*", "ledger.approval.ownMovement");
		}
		List<Entry> group = (entry.transferGroup() != null) ? group(entry.transferGroup()) : List.of(entry);
		List<Property> properties = lockedInOrder(user, group);
		// Under the properties' locks now: a second checker who got here first has already decided.
		if (group.stream().anyMatch((member) -> !"PENDING".equals(entry(member.id()).state()))) {
			throw new ClientRuleException("*", "ledger.approval.notPending");
		}
		String clean = (comment == null || comment.isBlank()) ? null : clean(comment);
		if (!approve && clean == null) {
			throw new ClientRuleException("comment", "client.required");
		}
		if (clean != null && clean.length() > 2000) {
			throw new ClientRuleException("comment", "client.tooLong", 2000);
		}
		Instant now = this.clock.instant();
		for (Entry member : group) {
			Property property = of(properties, member.propertyId());
			if (approve) {
				// A release takes what there was, a revaluation aims at a value: both as of their submission.
				boolean changed = (member.kind() == EntryKind.RELEASE
						&& (property.value().add(member.valueChange()).signum() != 0
								|| property.quantity().add(member.quantityChange()).signum() != 0))
						|| (member.targetValue() != null
								&& property.value().add(member.valueChange()).compareTo(member.targetValue()) != 0);
				if (changed) {
					throw new ClientRuleException("*", "ledger.approval.propertyChanged");
				}
				if (member.kind() == EntryKind.REVERSAL && member.statusAfter() != null
						&& property.status() != entry(member.reversesEntryId()).statusAfter()) {
					throw new ClientRuleException("*", "ledger.reverse.statusMoved");
				}
				Movement movement = new Movement(member.kind(), member.valueChange(), member.quantityChange(),
						member.statusAfter(), member.reason());
				List<String> problems = LedgerRules.problems(property.status(), movement.kind(), property.balance(),
						movement.valueChange(), movement.quantityChange());
				if (!problems.isEmpty()) {
					throw new ClientRuleException("*", problems.get(0));
				}
				post(property, member.id(), movement, user, clean);
			}
			else {
				exactlyOne(this.jdbc.sql("update ledger_entry set state = 'REJECTED', decided_at = ?, decided_by = ?, "
						+ "decided_by_id = ?, decision_comment = ? where id = ? and state = 'PENDING'")
					.params(Timestamp.from(now), user.username(), user.id(), clean, member.id()).update(), member.id());
			}
		}
		this.audit.record(AuditEntry.of(approve ? "MOVEMENT_APPROVED" : "MOVEMENT_REJECTED").target("LEDGER_ENTRY", entryId)
			.client(properties.get(0).clientId()).change("state", "PENDING", approve ? "POSTED" : "REJECTED"));
	}

	/** Records that the user printed a property's label (the QR code that identifies it in a count). */
	public void recordLabelPrinted(CurrentUser user, long propertyId) {
		Property property = property(user, propertyId, false);
		this.audit.record(AuditEntry.of("PROPERTY_LABEL_PRINTED").target("PROPERTY", propertyId)
			.client(property.clientId()).change("code", null, property.code()));
	}

	/** The property's balance now, for a reader who may see its client (404 otherwise). */
	@Transactional(readOnly = true)
	public LedgerRules.Balance balance(CurrentUser user, long propertyId) {
		return property(user, propertyId, false).balance();
	}

	/** A piece of property as the ledger keeps it. */
	record Property(long id, String code, long clientId, PropertyStatus status, Currency currency, BigDecimal value,
			BigDecimal quantity, String unit) {

		LedgerRules.Balance balance() {
			return new LedgerRules.Balance(this.value, this.quantity);
		}

	}

	record Entry(long id, long propertyId, EntryKind kind, String state, BigDecimal valueChange,
			BigDecimal quantityChange, PropertyStatus statusBefore, PropertyStatus statusAfter, String reason,
			long madeById, UUID transferGroup, BigDecimal targetValue, Long reversesEntryId) {
	}

	private static final String ENTRY = "select id, property_id, kind, state, value_change, quantity_change, "
			+ "status_before, status_after, reason, made_by_id, transfer_group, target_value, reverses_entry_id from ledger_entry";

	private Entry entry(long id) {
		return this.jdbc.sql(ENTRY + " where id = ?").param(id).query(PropertyLedger::entry).optional()
			.orElseThrow(() -> new RecordNotFoundException("ledger entry", id));
	}

	private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Entry(rs.getLong("id"), rs.getLong("property_id"), EntryKind.valueOf(rs.getString("kind")),
				rs.getString("state"), rs.getBigDecimal("value_change"), rs.getBigDecimal("quantity_change"),
				status(rs.getString("status_before")), status(rs.getString("status_after")), rs.getString("reason"),
				rs.getLong("made_by_id"), rs.getObject("transfer_group", UUID.class), rs.getBigDecimal("target_value"),
				(Long) rs.getObject("reverses_entry_id"));
	}

	private static PropertyStatus status(String name) {
		return (name != null) ? PropertyStatus.valueOf(name) : null;
	}

	/** The movement as it will be written, or the rules' refusal. */
	private Movement checked(Property property, Movement movement) {
		List<FieldProblem> problems = new ArrayList<>();
		RequiredText.check(problems, "reason", movement.reason(), 500);
		if (movement.kind() == null || movement.kind() == EntryKind.REGISTRATION || movement.kind() == EntryKind.REVERSAL) {
			throw new ClientRuleException("kind", "ledger.movement.kindInvalid");
		}
		BigDecimal value = (movement.valueChange() != null) ? movement.valueChange() : BigDecimal.ZERO;
		BigDecimal quantity = (movement.quantityChange() != null) ? movement.quantityChange() : BigDecimal.ZERO;
		if (movement.kind() == EntryKind.REVALUATION && movement.newValue() == null
				&& (movement.valueChange() == null || movement.valueChange().signum() == 0)) {
			throw new ClientRuleException("newValue", "client.required");
		}
		if (movement.kind() == EntryKind.REVALUATION && movement.newValue() != null) {
			value = movement.newValue().subtract(property.value());
			if (value.signum() == 0) {
				problems.add(new FieldProblem("newValue", "ledger.movement.sameValue"));
			}
		}
		if (movement.kind() == EntryKind.RELEASE) {
			LedgerRules.Balance release = LedgerRules.releaseChange(property.balance());
			value = release.value();
			quantity = release.quantity();
		}
		if (value.stripTrailingZeros().scale() > 2 || quantity.stripTrailingZeros().scale() > 4) {
			problems.add(new FieldProblem("valueChange", "ledger.movement.tooPrecise"));
		}
		if (value.abs().compareTo(MAX) >= 0 || quantity.abs().compareTo(MAX) >= 0
				|| property.value().add(value).compareTo(MAX) >= 0 || property.quantity().add(quantity).compareTo(MAX) >= 0) {
			problems.add(new FieldProblem("valueChange", "ledger.movement.tooLarge"));
		}
		if (movement.kind() == EntryKind.STATUS_CHANGE && (movement.statusAfter() == null
				|| movement.statusAfter() == PropertyStatus.RELEASED || movement.statusAfter() == property.status())) {
			problems.add(new FieldProblem("statusAfter", "ledger.movement.statusInvalid"));
		}
		LedgerRules.problems(property.status(), movement.kind(), property.balance(), value, quantity)
			.forEach((key) -> problems.add(new FieldProblem("valueChange", key)));
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		PropertyStatus after = (movement.kind() == EntryKind.RELEASE) ? PropertyStatus.RELEASED : movement.statusAfter();
		BigDecimal target = (movement.kind() == EntryKind.REVALUATION) ? property.value().add(value) : null;
		return new Movement(movement.kind(), value, quantity, after, clean(movement.reason()), target);
	}

	/** Writes the entry as pending; {@link #post} posts it (at once, or on approval). */
	private long insert(Property property, Movement movement, BigDecimal base, CurrentUser user, Long reverses,
			UUID transferGroup) {
		try {
			return this.jdbc.sql("""
					insert into ledger_entry (property_id, kind, state, value_change, quantity_change, status_after,
					    base_amount, reason, made_at, made_by, made_by_id, reverses_entry_id, transfer_group, target_value)
					values (?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(property.id(), movement.kind().name(), movement.valueChange(), movement.quantityChange(),
						(movement.statusAfter() != null) ? movement.statusAfter().name() : null, base, movement.reason(),
						Timestamp.from(this.clock.instant()), user.username(), user.id(), reverses, transferGroup,
						movement.newValue())
				.query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			throw new ClientRuleException("*", (reverses != null) ? "ledger.reverse.once" : "ledger.movement.alreadyPending");
		}
	}

	/**
	 * Applies a checked movement to the locked property and posts its entry with the balance and status before and
	 * after; {@code checker} is the approver, or {@code null} for a movement posted at once.
	 */
	private void post(Property property, long entryId, Movement movement, CurrentUser checker, String comment) {
		BigDecimal value = property.value().add(movement.valueChange());
		BigDecimal quantity = property.quantity().add(movement.quantityChange());
		PropertyStatus status = (movement.statusAfter() != null) ? movement.statusAfter() : property.status();
		long sequence = this.jdbc.sql("update ledger_property set value = ?, quantity = ?, status = ?, "
				+ "version = version + 1 where id = ? returning version")
			.params(value, quantity, status.name(), property.id()).query(Long.class).single();
		Timestamp now = Timestamp.from(this.clock.instant());
		exactlyOne(this.jdbc.sql("update ledger_entry set state = 'POSTED', posted_at = ?, value_after = ?, "
				+ "quantity_after = ?, posting_seq = ?, status_before = ?, decided_at = ?, decided_by = ?, decided_by_id = ?, "
				+ "decision_comment = ? where id = ? and state = 'PENDING'")
			.params(now, value, quantity, sequence, property.status().name(), (checker != null) ? now : null,
					(checker != null) ? checker.username() : null, (checker != null) ? checker.id() : null, comment,
					entryId)
			.update(), entryId);
		this.events.publishEvent(new ClientPropertyChanged(property.clientId()));
	}

	/** A state change of an entry that finds it no longer pending is a race lost: nothing of it may stand. */
	private static void exactlyOne(int updated, long entryId) {
		if (updated != 1) {
			throw new IllegalStateException("Ledger entry " + entryId + " was not pending any more");
		}
	}

	/** No movement for a closed client: their archive is read-only. */
	private void requireOpenClient(CurrentUser user, Property property) {
		if (this.clients.get(user, property.clientId()).isClosed()) {
			throw new ClientRuleException("*", "client.closed.readOnly");
		}
	}

	/** The property, its row locked for this transaction, if its client is in the user's scope (404 otherwise). */
	private Property lockedProperty(CurrentUser user, long id) {
		return property(user, id, true);
	}

	private Property property(CurrentUser user, long id, boolean lock) {
		Property property = this.jdbc.sql("select id, code, client_id, status, currency, value, quantity, unit "
				+ "from ledger_property where id = ?" + (lock ? " for update" : ""))
			.param(id)
			.query((rs, row) -> new Property(rs.getLong("id"), rs.getString("code"), rs.getLong("client_id"),
					PropertyStatus.valueOf(rs.getString("status")), Currency.valueOf(rs.getString("currency")),
					rs.getBigDecimal("value"), rs.getBigDecimal("quantity"), rs.getString("unit")))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("property", id));
		this.clients.requireInScope(user, property.clientId());
		return property;
	}

	private ClientView writableClient(CurrentUser user, long clientId) {
		ClientView client = this.clients.get(user, clientId);
		requirePermission(user, Permission.PROPERTY_REGISTER);
		if (client.isClosed()) {
			throw new ClientRuleException("*", "client.closed.readOnly");
		}
		return client;
	}

	/** The size in the base currency at today's rate (a property always has a rate: the migration seeds them). */
	private BigDecimal toBase(BigDecimal amount, Currency currency) {
		return toBase(rates(), amount, currency);
	}

	private BigDecimal toBase(ExchangeRates rates, BigDecimal amount, Currency currency) {
		LocalDate today = this.clients.today();
		return rates.toBase(amount, currency, today)
			.orElseThrow(() -> new ClientRuleException("*", "ledger.rate.missing", currency.name()));
	}

	/** Today's exchange rates, as the admin keeps them. */
	ExchangeRates rates() {
		return ExchangeRates.of(this.jdbc.sql("select currency, valid_from, in_base from ledger_rate")
			.query((rs, row) -> new ExchangeRates.Rate(Currency.valueOf(rs.getString(1)),
					rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)))
			.list());
	}

	/**
	 * Raises an alert for the risk officer when the movement is unusual ({@link AlertRules}): large, one withdrawal too
	 * many for the client that day, or most of the client's assets.
	 */
	private void raiseAlerts(Property property, long entryId, EntryKind kind, boolean withdrawal, BigDecimal base,
			BigDecimal clientAssets, AlertRules.Settings alertSettings) {
		LocalDate today = this.clients.today();
		int withdrawalsToday = !withdrawal ? 0 : this.jdbc.sql("select count(*) from ledger_entry e join ledger_property p on p.id = e.property_id "
				+ "where p.client_id = ? and e.kind in ('WITHDRAWAL', 'RELEASE') and e.state <> 'REJECTED' and e.made_at >= ?")
			.params(property.clientId(), Timestamp.from(today.atStartOfDay(this.zone.zoneId()).toInstant()))
			.query(Integer.class).single();
		List<AlertRules.Reason> reasons = AlertRules.reasons(alertSettings, kind, base, withdrawalsToday, clientAssets);
		if (reasons.isEmpty()) {
			return;
		}
		String joined = String.join(",", reasons.stream().map(Enum::name).toList());
		long alert = this.jdbc.sql("insert into ledger_alert (entry_id, property_id, client_id, reasons, base_amount, raised_at) "
				+ "values (?, ?, ?, ?, ?, ?) returning id")
			.params(entryId, property.id(), property.clientId(), joined, base, Timestamp.from(this.clock.instant()))
			.query(Long.class).single();
		this.audit.record(AuditEntry.of("LEDGER_ALERT_RAISED").target("LEDGER_ALERT", alert).client(property.clientId())
			.change("reasons", null, joined));
	}

	/** The client's property in the base currency at today's rates, as it stands before the movement. */
	private BigDecimal clientAssets(ExchangeRates rates, long clientId) {
		LocalDate today = this.clients.today();
		return this.jdbc.sql("select currency, value from ledger_property where client_id = ?").param(clientId)
			.query((rs, row) -> rates.toBase(rs.getBigDecimal(2), Currency.valueOf(rs.getString(1)), today)
				.orElse(BigDecimal.ZERO))
			.list().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static String clean(String text) {
		return PlainText.clean(text).strip();
	}

	private static void requirePermission(CurrentUser user, Permission permission) {
		if (!user.can(permission)) {
			throw new AccessDeniedException(permission.name());
		}
	}

}
