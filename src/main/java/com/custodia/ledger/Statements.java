package com.custodia.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;
import com.custodia.web.FieldProblem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client statements. A period runs from the start of its first day to the end of its last, in the firm's time zone;
 * a movement belongs to the day it was posted (approved movements to the day of approval). Balances come from the
 * entries' own "balance after", so opening plus movements is closing by construction, and a test holds it to that.
 */
@Service
@Transactional(readOnly = true)
public class Statements {

	/** The longest period one statement covers. */
	static final int MAX_YEARS = 5;

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final PropertyLedger ledger;

	private final AuditTrail audit;

	private final DisplayZone zone;

	private final Clock clock;

	Statements(JdbcClient jdbc, ClientService clients, PropertyLedger ledger, AuditTrail audit, DisplayZone zone,
			Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.ledger = ledger;
		this.audit = audit;
		this.zone = zone;
		this.clock = clock;
	}

	/** Problems of a period by field ({@code from}, {@code to}); empty when a statement can be made for it. */
	public List<FieldProblem> problems(LocalDate from, LocalDate to) {
		List<FieldProblem> problems = new ArrayList<>();
		if (from == null) {
			problems.add(new FieldProblem("from", "client.required"));
		}
		if (to == null) {
			problems.add(new FieldProblem("to", "client.required"));
		}
		if (from != null && to != null) {
			if (to.isBefore(from)) {
				problems.add(new FieldProblem("to", "ledger.statement.toBeforeFrom"));
			}
			else if (from.plusYears(MAX_YEARS).isBefore(to)) {
				problems.add(new FieldProblem("to", "ledger.statement.tooLong", MAX_YEARS));
			}
			if (to.isAfter(this.clients.today())) {
				problems.add(new FieldProblem("to", "ledger.statement.future"));
			}
		}
		return problems;
	}

	/** The statement of a client in the user's scope (404 otherwise) for the period. */
	public Statement of(CurrentUser user, long clientId, LocalDate from, LocalDate to) {
		ClientView client = this.clients.get(user, clientId);
		if (!user.can(Permission.STATEMENT_READ)) {
			throw new AccessDeniedException(Permission.STATEMENT_READ.name());
		}
		List<FieldProblem> problems = problems(from, to);
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		ZoneId zoneId = this.zone.zoneId();
		Timestamp start = Timestamp.from(from.atStartOfDay(zoneId).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zoneId).toInstant());
		ExchangeRates rates = this.ledger.rates();
		// Each property's last posting before the period and before its end (found by time, through the index), then
		// every posting between the two in posting order: a contiguous run of the chain, which always adds up.
		record PropertyRow(long id, String code, String description, PropertyType type, Currency currency, String unit,
				BigDecimal opening, BigDecimal openingQuantity) {
		}
		List<PropertyRow> properties = this.jdbc.sql("""
				select p.id, p.code, p.description, p.property_type, p.currency, p.unit, o.value_after as opening,
				       o.quantity_after as opening_quantity
				from ledger_property p
				left join lateral (select e.value_after, e.quantity_after from ledger_entry e where e.property_id = p.id
				    and e.state = 'POSTED' and e.posted_at < ? order by e.posted_at desc, e.posting_seq desc limit 1) o on true
				where p.client_id = ? and p.registered_at < ? order by p.id""")
			.params(start, clientId, end)
			.query((rs, row) -> new PropertyRow(rs.getLong(1), rs.getString(2), rs.getString(3),
					PropertyType.valueOf(rs.getString(4)), Currency.valueOf(rs.getString(5)), rs.getString(6),
					zeroIfNone(rs.getBigDecimal(7)), zeroIfNone(rs.getBigDecimal(8))))
			.list();
		// Every property's run of postings in one query, the bounds found again by the same index lookups.
		Map<Long, List<Statement.Line>> lines = new HashMap<>();
		this.jdbc.sql("""
				select e.property_id, e.posted_at, e.kind, e.value_change, e.value_after, e.quantity_change, e.quantity_after,
				       e.reason
				from ledger_property p
				join lateral (select e.posting_seq from ledger_entry e where e.property_id = p.id and e.state = 'POSTED'
				    and e.posted_at < ? order by e.posted_at desc, e.posting_seq desc limit 1) c on true
				left join lateral (select e.posting_seq from ledger_entry e where e.property_id = p.id and e.state = 'POSTED'
				    and e.posted_at < ? order by e.posted_at desc, e.posting_seq desc limit 1) o on true
				join ledger_entry e on e.property_id = p.id and e.posting_seq > coalesce(o.posting_seq, -1)
				    and e.posting_seq <= c.posting_seq
				where p.client_id = ? and p.registered_at < ?
				order by e.property_id, e.posting_seq""")
			.params(end, start, clientId, end)
			.query((rs) -> {
				lines.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>()).add(new Statement.Line(
						rs.getTimestamp(2).toInstant(), EntryKind.valueOf(rs.getString(3)), rs.getBigDecimal(4),
						rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8)));
			});
		List<Statement.Section> sections = new ArrayList<>();
		BigDecimal openingBase = BigDecimal.ZERO;
		BigDecimal movementsBase = BigDecimal.ZERO;
		BigDecimal closingBase = BigDecimal.ZERO;
		for (PropertyRow property : properties) {
			BigDecimal opening = property.opening();
			List<Statement.Line> period = lines.getOrDefault(property.id(), List.of());
			BigDecimal closing = period.isEmpty() ? opening : period.get(period.size() - 1).after();
			BigDecimal closingQuantity = period.isEmpty() ? property.openingQuantity()
					: period.get(period.size() - 1).quantityAfter();
			BigDecimal rate = rates.rateOn(property.currency(), to)
				.orElseThrow(() -> new ClientRuleException("*", "ledger.rate.missing", property.currency().name()));
			BigDecimal openingInBase = base(opening, rate);
			BigDecimal closingInBase = base(closing, rate);
			Statement.Section section = new Statement.Section(property.id(), property.code(), property.description(),
					property.type(), property.currency(), property.unit(), opening, property.openingQuantity(), period,
					closing, closingQuantity, openingInBase, closingInBase.subtract(openingInBase), closingInBase);
			if (!section.addsUp()) {
				throw new IllegalStateException("The ledger of " + property.code() + " does not add up in the period");
			}
			sections.add(section);
			openingBase = openingBase.add(section.openingBase());
			movementsBase = movementsBase.add(section.movementsBase());
			closingBase = closingBase.add(section.closingBase());
		}
		return new Statement(client.id(), client.code(), client.name(), from, to, sections, openingBase, movementsBase,
				closingBase, this.clock.instant());
	}

	private static BigDecimal zeroIfNone(BigDecimal amount) {
		return (amount != null) ? amount : BigDecimal.ZERO;
	}

	/** Records that the user downloaded a statement (client data leaving the system). */
	@Transactional
	public void recordDownload(CurrentUser user, Statement statement) {
		this.audit.record(AuditEntry.of("STATEMENT_DOWNLOADED").target("CLIENT", statement.clientId())
			.client(statement.clientId()).detail(statement.from() + ".." + statement.to()));
	}

	/**
	 * In the base currency, half up to the fen. Opening and closing are each converted; the movements are closing
	 * minus opening, so the three always add up.
	 */
	private static BigDecimal base(BigDecimal amount, BigDecimal rate) {
		return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
	}

}
