package com.custodia.clients.servicelog;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientScope;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.clients.Tier;
import com.custodia.web.FieldProblem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service log of each client, and the care list: the coming week's birthdays in the user's book. */
@Service
@Transactional
public class ServiceLog {

	/** What a user logs about one contact. */
	public record Entry(ContactKind kind, LocalDate contactedOn, String summary, String outcome, LocalDate nextContactOn) {
	}

	/** A client whose birthday falls in the coming days. */
	public record Birthday(long clientId, String code, String name, LocalDate birthDate, LocalDate nextBirthday, int turning,
			boolean today) {
	}

	private final ClientContactRepository contacts;

	private final ClientService clients;

	private final AuditTrail audit;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final DisplayZone zone;

	ServiceLog(ClientContactRepository contacts, ClientService clients, AuditTrail audit, NamedParameterJdbcTemplate jdbc,
			Clock clock, DisplayZone zone) {
		this.zone = zone;
		this.contacts = contacts;
		this.clients = clients;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<ClientContact> entries(CurrentUser user, long clientId, Pageable pageable) {
		this.clients.requireInScope(user, clientId);
		return this.contacts.findByClientIdOrderByContactedOnDescIdDesc(clientId, pageable);
	}

	/** The problems of an entry, by field; empty when it may be saved. */
	public List<FieldProblem> problems(Entry entry) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = this.clients.today();
		if (entry.kind() == null) {
			problems.add(new FieldProblem("kind", "client.contact.kind.required"));
		}
		if (entry.contactedOn() == null) {
			problems.add(new FieldProblem("contactedOn", "client.required"));
		}
		else if (entry.contactedOn().isAfter(today)) {
			problems.add(new FieldProblem("contactedOn", "client.contact.date.future"));
		}
		if (entry.summary() == null || entry.summary().isBlank()) {
			problems.add(new FieldProblem("summary", "client.required"));
		}
		else if (entry.summary().strip().length() > 2000) {
			problems.add(new FieldProblem("summary", "client.tooLong", 2000));
		}
		if (entry.outcome() != null && entry.outcome().strip().length() > 2000) {
			problems.add(new FieldProblem("outcome", "client.tooLong", 2000));
		}
		if (entry.nextContactOn() != null && entry.contactedOn() != null
				&& entry.nextContactOn().isBefore(entry.contactedOn())) {
			problems.add(new FieldProblem("nextContactOn", "client.contact.next.beforeContact"));
		}
		return problems;
	}

	public long record(CurrentUser user, long clientId, Entry entry) {
		ClientView client = this.clients.get(user, clientId);
		if (!user.can(Permission.SERVICE_LOG_WRITE)) {
			throw new org.springframework.security.access.AccessDeniedException(Permission.SERVICE_LOG_WRITE.name());
		}
		if (client.isClosed()) {
			throw new ClientRuleException("*", "client.closed.readOnly");
		}
		List<FieldProblem> problems = problems(entry);
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		String outcome = (entry.outcome() == null || entry.outcome().isBlank()) ? null : entry.outcome().strip();
		ClientContact saved = this.contacts.save(new ClientContact(clientId, entry.kind(), entry.contactedOn(),
				entry.summary().strip(), outcome, entry.nextContactOn(), user.username(), this.clock.instant()));
		this.audit.record(AuditEntry.of("CLIENT_CONTACT_LOGGED").target("CLIENT_CONTACT", saved.getId()).client(clientId)
			.change("kind", null, entry.kind())
			.change("contactedOn", null, entry.contactedOn())
			.change("nextContactOn", null, entry.nextContactOn()));
		return saved.getId();
	}

	/**
	 * The clients in the user's scope (for an RM, their own book) not closed, whose birthday falls within the next
	 * {@code days} days including today. 29 February birthdays count on 28 February in other years.
	 */
	@Transactional(readOnly = true)
	public List<Birthday> upcomingBirthdays(CurrentUser user, int days) {
		LocalDate today = this.clients.today();
		List<Integer> keys = new ArrayList<>();
		for (int i = 0; i < days; i++) {
			LocalDate day = today.plusDays(i);
			keys.add(day.getMonthValue() * 100 + day.getDayOfMonth());
			if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
				keys.add(229);
			}
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("keys", keys);
		String where = ClientScope.of(user).sqlCondition(parameters);
		return this.jdbc.query("select id, code, name, birth_date from clients_client where status <> 'CLOSED' "
				+ "and birthday_key in (:keys) and " + where + " limit 500", parameters, (rs, row) -> {
					LocalDate born = rs.getObject("birth_date", LocalDate.class);
					LocalDate next = nextBirthday(born, today);
					return new Birthday(rs.getLong("id"), rs.getString("code"), rs.getString("name"), born, next,
							next.getYear() - born.getYear(), next.equals(today));
				})
			.stream()
			.sorted(java.util.Comparator.comparing(Birthday::nextBirthday).thenComparing(Birthday::name))
			.toList();
	}

	/**
	 * A client's last contacts as the service levels count them: any contact but a care event, and the last one in
	 * person (a meeting or a visit); {@code null} when there was none. With the day their tier last changed from
	 * another, which the tiering module keeps on the client (V0034), or {@code null}.
	 */
	public record LastContacts(long clientId, long ownerId, Long teamId, Tier tier, LocalDate clientSince,
			LocalDate lastContact, LocalDate lastFaceToFace, LocalDate tierChangedOn) {
	}

	/**
	 * The last contacts of every active or dormant client in the user's scope that has a tier: one query, however many
	 * clients, reading the days the service log's trigger keeps on each client (V0025) from the book's index.
	 */
	@Transactional(readOnly = true)
	public List<LastContacts> lastContactsOfTieredClients(CurrentUser user) {
		return tieredClientsContacts(user, java.util.Map.of(), "");
	}

	/**
	 * {@link #lastContactsOfTieredClients}, only the clients due for contact on or before {@code horizon}: by the day
	 * each next falls due, which the tiering module keeps on the client (V0037) under the rules and the zone in force.
	 * An RM's start page read all 500 clients of the book to list the few due.
	 */
	@Transactional(readOnly = true)
	public List<LastContacts> lastContactsOfTieredClientsDueBy(CurrentUser user, LocalDate horizon) {
		return tieredClientsContacts(user, java.util.Map.of("horizon", horizon), " and c.next_contact_due_on <= :horizon");
	}

	/**
	 * What the start page's service panel shows: how many clients of the user's scope are due for contact on or before
	 * {@code soon}, per owner how many of them are overdue (due before {@code today}), and the ids of the {@code shown}
	 * due soonest (the most overdue first, then by id). From the due day the tiering module keeps on each client
	 * (V0037), so from an index of the book in due order; a team lead's page reckoned the day of each of 5,000 clients
	 * on every view.
	 */
	@Transactional(readOnly = true)
	public DueTally dueTally(CurrentUser user, LocalDate today, LocalDate soon, int shown) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("soon", soon).addValue("today", today)
			.addValue("shown", shown);
		String where = ClientScope.of(user).sqlCondition(parameters);
		long[] due = { 0 };
		java.util.Map<Long, Long> overdueByOwner = new java.util.HashMap<>();
		List<Long> soonest = new ArrayList<>();
		// The owners' counts, then (kind 1) the soonest due in order. The conditions are the due indexes' own.
		String dueClients = "from clients_client c where c.status in ('ACTIVE', 'DORMANT') "
				+ "and c.next_contact_due_on is not null and c.next_contact_due_on <= :soon and " + where;
		this.jdbc.query("select 0, owner_id, count(*), count(*) filter (where next_contact_due_on < :today) "
				+ dueClients + " group by owner_id union all (select 1, id, 0, 0 " + dueClients
				+ " order by next_contact_due_on, id limit :shown)", parameters, (rs) -> {
					if (rs.getInt(1) == 1) {
						soonest.add(rs.getLong(2));
					}
					else {
						due[0] += rs.getLong(3);
						if (rs.getLong(4) > 0) {
							overdueByOwner.put(rs.getLong(2), rs.getLong(4));
						}
					}
				});
		return new DueTally(due[0], overdueByOwner, soonest);
	}

	/** How many are due, how many overdue per owner (owners with none left out), and the soonest due, in order. */
	public record DueTally(long due, java.util.Map<Long, Long> overdueByOwnerId, List<Long> soonestDue) {
	}

	/** The last contacts of the given clients of the user's scope that are active or dormant and have a tier. */
	@Transactional(readOnly = true)
	public List<LastContacts> lastContactsOf(CurrentUser user, List<Long> clientIds) {
		if (clientIds.isEmpty()) {
			return List.of();
		}
		return tieredClientsContacts(user, java.util.Map.of("clients", clientIds), " and c.id in (:clients)");
	}

	/** The same for one client in the user's scope; empty when they have no tier or are not active or dormant. */
	@Transactional(readOnly = true)
	public java.util.Optional<LastContacts> lastContacts(CurrentUser user, long clientId) {
		return lastContactsOf(user, List.of(clientId)).stream().findFirst();
	}

	private List<LastContacts> tieredClientsContacts(CurrentUser user, java.util.Map<String, ?> values, String and) {
		MapSqlParameterSource parameters = new MapSqlParameterSource(values);
		String where = ClientScope.of(user).sqlCondition(parameters) + and;
		// By column number, times and days as plain numbers: decoding dates and timestamps through the driver, and
		// lookups by name, were much of the JVM's work on an RM's service panel (500 rows; a lead's 5,000).
		return this.jdbc.query("""
				select c.id, c.owner_id, c.team_id, c.tier, floor(extract(epoch from c.created_at))::bigint,
				  c.last_contact_on - date '1970-01-01', c.last_face_to_face_on - date '1970-01-01',
				  floor(extract(epoch from c.tier_changed_at))::bigint
				from clients_client c where c.status in ('ACTIVE', 'DORMANT') and c.tier is not null and\s""" + where,
				parameters,
				(rs, row) -> new LastContacts(rs.getLong(1), rs.getLong(2), longOrNull(rs, 3),
						Tier.valueOf(rs.getString(4)),
						this.zone.at(java.time.Instant.ofEpochSecond(rs.getLong(5))).toLocalDate(),
						epochDay(rs, 6), epochDay(rs, 7), displayDay(rs, 8)));
	}

	private static Long longOrNull(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/** The firm's day of a moment read as epoch seconds, or {@code null}. */
	private LocalDate displayDay(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		long seconds = rs.getLong(column);
		return rs.wasNull() ? null : this.zone.at(java.time.Instant.ofEpochSecond(seconds)).toLocalDate();
	}

	private static LocalDate epochDay(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		int day = rs.getInt(column);
		return rs.wasNull() ? null : LocalDate.ofEpochDay(day);
	}

	/** Contacts (care events aside) logged for clients in the user's scope between two days, by the client's owner. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, Long> contactsByOwner(CurrentUser user, com.custodia.clients.BookFilter book, LocalDate from,
			LocalDate to) {
		List<String> service = Arrays.stream(ContactKind.values()).filter((kind) -> !kind.isCare()).map(Enum::name)
			.toList();
		MapSqlParameterSource parameters = new MapSqlParameterSource("service", service).addValue("from", from)
			.addValue("to", to);
		String where = ClientScope.of(user).clientIdIn("c.id", book, parameters);
		java.util.Map<Long, Long> counts = new java.util.HashMap<>();
		this.jdbc.query("select c.owner_id, count(*) from clients_contact x join clients_client c on c.id = x.client_id "
				+ "where x.contacted_on between :from and :to and x.kind in (:service) and " + where
				+ " group by c.owner_id", parameters, (rs) -> {
							counts.put(rs.getLong(1), rs.getLong(2));
						});
		return counts;
	}

	static LocalDate nextBirthday(LocalDate born, LocalDate today) {
		MonthDay day = MonthDay.from(born);
		LocalDate candidate = day.isValidYear(today.getYear()) ? day.atYear(today.getYear()) : LocalDate.of(today.getYear(), 2, 28);
		if (candidate.isBefore(today)) {
			int year = today.getYear() + 1;
			candidate = day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 2, 28);
		}
		return candidate;
	}

}
