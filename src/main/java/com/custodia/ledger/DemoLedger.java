package com.custodia.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.custodia.access.StaffDirectory;
import com.custodia.access.StaffMember;
import com.custodia.clients.ClientSearch;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientStatus;
import com.custodia.clients.ClientView;
import com.custodia.database.ConditionalOnEmbeddedDatabase;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo property for an empty embedded database: most active demo clients hold one to four pieces across the types and
 * currencies, each with a year of movements written as posted entries (each with its balance after, as the service
 * would have written them), and one large withdrawal of rm1's waiting for approval.
 */
@Configuration(proxyBeanMethods = false)
class DemoLedger {

	private static final Logger log = LoggerFactory.getLogger(DemoLedger.class);

	private static final CurrentUser SYSTEM = new CurrentUser(0, "system", "Custodia", null, Set.of(),
			Set.of(Permission.CLIENT_READ, Permission.CLIENT_SCOPE_ALL, Permission.RECONCILIATION_RUN), false);

	/** A kind of demo property; {@code currency} when it is always held in one, otherwise mostly CNY, some HKD. */
	private record Kind(PropertyType type, String description, String custodian, String location, String unit,
			int minimum, int spread, Currency currency) {

		Kind(PropertyType type, String description, String custodian, String location, String unit, int minimum,
				int spread) {
			this(type, description, custodian, location, unit, minimum, spread, null);
		}

	}

	private static final List<Kind> KINDS = List.of(
			new Kind(PropertyType.CASH, "托管现金账户", "华信银行", "上海分行托管部", null, 50_000, 2_000_000),
			new Kind(PropertyType.DEPOSIT, "一年期定期存款", "华信银行", "上海分行营业部", null, 200_000, 5_000_000),
			new Kind(PropertyType.MONEY_MARKET_FUND, "安盈货币市场基金 A", "安盈基金登记过户", "基金账户 0381", "份", 100_000, 3_000_000),
			new Kind(PropertyType.FUND, "均衡优选混合型基金", "安盈基金登记过户", "基金账户 0381", "份", 100_000, 2_000_000),
			new Kind(PropertyType.BOND, "2029 年到期国债", "中央国债登记结算", "债券托管账户", "张", 500_000, 5_000_000),
			new Kind(PropertyType.STOCK, "沪深 A 股组合", "华信证券", "证券账户 A38", "股", 200_000, 6_000_000),
			new Kind(PropertyType.INSURANCE_POLICY, "年年有余两全保险保单", "安康人寿", "公司档案室 3 号柜", null, 100_000, 1_000_000),
			new Kind(PropertyType.REAL_ESTATE, "浦东新区住宅（产权证托管）", "内部档案室", "上海 B1-04", null, 3_000_000, 12_000_000),
			new Kind(PropertyType.PRECIOUS_METAL, "金条", "内部金库", "上海 B2-17", "克", 300_000, 2_000_000),
			new Kind(PropertyType.DOCUMENT, "公司股权证明文件", "内部档案室", "上海 B1-09", "份", 0, 1),
			new Kind(PropertyType.PHYSICAL_ITEM, "古董瓷器一件", "内部金库", "上海 B2-03", "件", 500_000, 3_000_000),
			new Kind(PropertyType.CASH, "美元托管账户", "华信银行", "香港分行", null, 10_000, 500_000, Currency.USD),
			new Kind(PropertyType.DEPOSIT, "欧元定期存款", "华信银行", "法兰克福代理行", null, 100_000, 2_000_000, Currency.EUR),
			new Kind(PropertyType.OTHER, "私募股权基金份额确认书", "内部档案室", "上海 B1-12", null, 1_000_000, 8_000_000));

	/** Property whose value follows a market, so it is revalued; cash, deposits and policies are not. */
	private static final Set<PropertyType> MARKET_PRICED = Set.of(PropertyType.MONEY_MARKET_FUND, PropertyType.FUND,
			PropertyType.BOND, PropertyType.STOCK, PropertyType.PRECIOUS_METAL, PropertyType.PHYSICAL_ITEM);

	@Bean
	@Order(3)
	@ConditionalOnEmbeddedDatabase
	ApplicationRunner demoLedgerLoader(JdbcTemplate jdbc, ClientService clients, StaffDirectory staff, PropertyLedger ledger,
			Reconciliations reconciliations, TransactionTemplate transactions, Clock clock, DisplayZone zone) {
		return (arguments) -> {
			if (jdbc.queryForObject("select count(*) from ledger_property", Long.class) > 0) {
				return;
			}
			List<ClientView> demoClients = new ArrayList<>();
			clients.forEach(SYSTEM, ClientSearch.none(), Sort.by("id"), 5_000, demoClients::add);
			if (demoClients.isEmpty()) {
				return;
			}
			int[] counts = transactions.execute((status) -> load(jdbc, demoClients, staff, ledger.rates(), clock, zone));
			transactions.executeWithoutResult((status) -> {
				alert(jdbc, clock);
				count(jdbc, reconciliations);
			});
			log.info("Loaded demo property: {} pieces with {} ledger entries, an alert and an open count", counts[0],
					counts[1]);
		};
	}

	private static int[] load(JdbcTemplate jdbc, List<ClientView> demoClients, StaffDirectory staff, ExchangeRates rates,
			Clock clock, DisplayZone zone) {
		Random random = new Random(20261123L);
		ZoneId zoneId = zone.zoneId();
		LocalDate today = LocalDate.ofInstant(clock.instant(), zoneId);
		int properties = 0;
		int entries = 0;
		boolean pendingWritten = false;
		for (ClientView client : demoClients) {
			if (client.status() == ClientStatus.LEAD || client.status() == ClientStatus.CLOSED || random.nextInt(10) < 3) {
				continue;
			}
			StaffMember owner = staff.find(client.ownerId()).orElse(null);
			if (owner == null) {
				continue;
			}
			for (int n = 0; n < 1 + random.nextInt(4); n++) {
				Kind kind = KINDS.get(random.nextInt(KINDS.size()));
				Currency currency = (kind.currency() != null) ? kind.currency()
						: (random.nextInt(12) == 0) ? Currency.HKD : Currency.CNY;
				LocalDate registeredOn = today.minusDays(365 + random.nextInt(90));
				LocalDate clientSince = LocalDate.ofInstant(client.createdAt(), zoneId);
				if (registeredOn.isBefore(clientSince)) {
					registeredOn = clientSince.plusDays(random.nextInt(7));
				}
				if (!registeredOn.isBefore(today)) {
					continue;
				}
				ZonedDateTime registered = registeredOn.atTime(10, random.nextInt(60)).atZone(zoneId);
				BigDecimal value = amount(kind.minimum() + random.nextInt(Math.max(1, kind.spread())), currency, rates, today);
				BigDecimal quantity = (kind.unit() != null) ? BigDecimal.valueOf(1 + random.nextInt(kind.unit().equals("克") ? 5_000 : 100_000))
						: BigDecimal.ZERO;
				if (kind.type() == PropertyType.DOCUMENT || kind.type() == PropertyType.PHYSICAL_ITEM) {
					quantity = BigDecimal.ONE;
				}
				long number = jdbc.queryForObject("select nextval('ledger_property_number_seq')", Long.class);
				// Some property is pledged a few days after it arrives: a status change on its ledger like any other.
				String status = (random.nextInt(15) == 0 && registeredOn.plusDays(3).isBefore(today)) ? "PLEDGED"
						: "IN_CUSTODY";
				Long id = jdbc.queryForObject("""
						insert into ledger_property (code, client_id, property_type, description, custodian, location, status,
						    unit, currency, value, quantity, registered_at, registered_by)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?) returning id""", Long.class,
						PropertyCode.of(registered.getYear(), number), client.id(), kind.type().name(), kind.description(),
						kind.custodian(), kind.location(), status, kind.unit(), currency.name(),
						Timestamp.from(registered.toInstant()), owner.username());
				properties++;
				List<Object[]> rows = new ArrayList<>();
				BigDecimal balance = value;
				BigDecimal units = quantity;
				rows.add(row(id, "REGISTRATION", value, quantity, value, quantity, "registration", registered, owner, rates,
						currency, today));
				if (status.equals("PLEDGED")) {
					rows.add(row(id, "STATUS_CHANGE", BigDecimal.ZERO, BigDecimal.ZERO, value, quantity, "质押给华信银行，质押合同已存档",
							registered.plusDays(3), owner, rates, currency, today));
				}
				ZonedDateTime at = registered;
				boolean moves = kind.type() != PropertyType.DOCUMENT && kind.type() != PropertyType.REAL_ESTATE
						&& kind.type() != PropertyType.OTHER;
				while (moves) {
					at = at.plusDays(10 + random.nextInt(40)).withHour(9 + random.nextInt(8));
					if (!at.toLocalDate().isBefore(today)) {
						break;
					}
					int roll = random.nextInt(10);
					BigDecimal change;
					String entryKind;
					String reason;
					if (roll < 4) {
						change = balance.multiply(BigDecimal.valueOf(5 + random.nextInt(30), 2)).setScale(2, RoundingMode.HALF_UP);
						entryKind = "DEPOSIT";
						reason = "客户追加存入";
					}
					else if (roll < 7) {
						change = balance.multiply(BigDecimal.valueOf(3 + random.nextInt(25), 2)).setScale(2, RoundingMode.HALF_UP)
							.negate();
						entryKind = "WITHDRAWAL";
						reason = "按客户书面指令支取";
					}
					else if (MARKET_PRICED.contains(kind.type())) {
						change = balance.multiply(BigDecimal.valueOf(random.nextInt(17) - 8, 2)).setScale(2, RoundingMode.HALF_UP);
						entryKind = "REVALUATION";
						reason = "按月末市价重估";
					}
					else {
						continue;
					}
					if (balance.add(change).signum() < 0 || change.signum() == 0) {
						continue;
					}
					BigDecimal unitChange = BigDecimal.ZERO;
					if (kind.unit() != null && !entryKind.equals("REVALUATION") && units.signum() > 0) {
						unitChange = units.multiply(change).divide(balance, 0, RoundingMode.DOWN);
						if (units.add(unitChange).signum() < 0) {
							unitChange = units.negate();
						}
					}
					balance = balance.add(change);
					units = units.add(unitChange);
					rows.add(row(id, entryKind, change, unitChange, balance, units, reason, at, owner, rates, currency, today));
				}
				for (int seq = 0; seq < rows.size(); seq++) {
					Object[] row = rows.get(seq);
					Object[] withSequence = java.util.Arrays.copyOf(row, row.length + 1);
					withSequence[row.length] = (long) seq;
					rows.set(seq, withSequence);
				}
				jdbc.batchUpdate("""
						insert into ledger_entry (property_id, kind, state, value_change, quantity_change, status_after,
						    base_amount, reason, made_at, made_by, made_by_id, posted_at, value_after, quantity_after,
						    posting_seq)
						values (?, ?, 'POSTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
				entries += rows.size();
				jdbc.update("update ledger_property set value = ?, quantity = ?, version = ? where id = ?", balance, units,
						rows.size() - 1, id);
				if (!pendingWritten && owner.username().equals("rm1") && currency == Currency.CNY
						&& balance.compareTo(new BigDecimal("1500000")) > 0 && moves) {
					BigDecimal large = new BigDecimal("1200000.00").negate();
					jdbc.update("""
							insert into ledger_entry (property_id, kind, state, value_change, quantity_change, base_amount,
							    reason, made_at, made_by, made_by_id)
							values (?, 'WITHDRAWAL', 'PENDING', ?, 0, 1200000.00, '客户购房，书面指令已核对', ?, ?, ?)""",
							id, large, Timestamp.from(clock.instant().minusSeconds(3600)), owner.username(), owner.id());
					pendingWritten = true;
					entries++;
				}
			}
		}
		return new int[] { properties, entries };
	}

	/** One open alert for the risk officer: on the largest deposit of the last month. */
	private static void alert(JdbcTemplate jdbc, Clock clock) {
		jdbc.update("""
				insert into ledger_alert (entry_id, property_id, client_id, reasons, base_amount, raised_at)
				select e.id, e.property_id, p.client_id, 'LARGE_MOVEMENT', e.base_amount, e.posted_at
				from ledger_entry e join ledger_property p on p.id = e.property_id
				where e.kind = 'DEPOSIT' and e.state = 'POSTED' and e.posted_at > ?
				order by e.base_amount desc limit 1""", java.sql.Timestamp.from(clock.instant().minusSeconds(30L * 86400)));
	}

	/**
	 * One count still open at the busiest vault: everything counted as matching but one gold bar found 10 grams
	 * lighter, so there is a difference waiting once counting closes.
	 */
	private static void count(JdbcTemplate jdbc, Reconciliations reconciliations) {
		List<String> codes = jdbc.queryForList("select code from ledger_property where custodian = '内部金库' "
				+ "and location = '上海 B2-17' and status = 'IN_CUSTODY' order by id", String.class);
		if (codes.isEmpty()) {
			return;
		}
		long count = reconciliations.open(SYSTEM, "内部金库", "上海 B2-17");
		for (int i = 1; i < codes.size(); i++) {
			reconciliations.count(SYSTEM, count, codes.get(i), Reconciliations.Result.MATCHING, null, null, null);
		}
		Map<String, Object> first = jdbc.queryForMap("select value, quantity from ledger_property where code = ?",
				codes.get(0));
		BigDecimal quantity = (BigDecimal) first.get("quantity");
		BigDecimal value = (BigDecimal) first.get("value");
		if (quantity.compareTo(BigDecimal.TEN) > 0) {
			BigDecimal lighter = quantity.subtract(BigDecimal.TEN);
			reconciliations.count(SYSTEM, count, codes.get(0), Reconciliations.Result.DIFFERENT,
					value.multiply(lighter).divide(quantity, 2, RoundingMode.HALF_UP), lighter, null);
		}
	}

	/** A round demo amount in the currency, for a value given in yuan. */
	private static BigDecimal amount(int yuan, Currency currency, ExchangeRates rates, LocalDate today) {
		BigDecimal rate = rates.rateOn(currency, today).orElse(BigDecimal.ONE);
		return BigDecimal.valueOf(yuan).divide(rate, -2, RoundingMode.HALF_UP).setScale(2);
	}

	private static Object[] row(long property, String kind, BigDecimal change, BigDecimal quantityChange, BigDecimal after,
			BigDecimal quantityAfter, String reason, ZonedDateTime at, StaffMember owner, ExchangeRates rates,
			Currency currency, LocalDate today) {
		Timestamp when = Timestamp.from(at.toInstant());
		String statusAfter = kind.equals("REGISTRATION") ? "IN_CUSTODY" : kind.equals("STATUS_CHANGE") ? "PLEDGED" : null;
		return new Object[] { property, kind, change, quantityChange, statusAfter,
				rates.toBase(change.abs(), currency, today).orElse(change.abs()), reason, when, owner.username(), owner.id(),
				when, after, quantityAfter };
	}

}
