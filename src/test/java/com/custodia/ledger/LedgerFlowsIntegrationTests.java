package com.custodia.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;

import com.custodia.clients.ClientFixtures;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start pages' net flows, read from the monthly totals V0021's and V0023's trigger keep: exactly what posted, whichever way it
 * posted, in the reader's scope, in the firm's months; and equal to a recount from the entries.
 */
@CustodiaIntegrationTest
class LedgerFlowsIntegrationTests {

	@Autowired
	LedgerFlows flows;

	@Autowired
	PropertyLedger ledger;

	@Autowired
	LedgerFlowZone zone;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void moneyInAndOutCountsWhenItPostsAndAReversalTakesItBack() {
		long team = this.accounts.team();
		CurrentUser rm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team));
		CurrentUser otherRm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team));
		CurrentUser lead = this.clients.user(this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team));
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		YearMonth month = YearMonth.from(this.clients.service().today());
		BigDecimal firmBefore = this.flows.monthly(finance, 12).get(month);
		long client = this.clients.individual(rm.username(), "流量测试");

		long cash = register(rm, client, Currency.CNY, "5000000.00");
		long deposit = this.ledger.submit(rm, cash, movement(EntryKind.DEPOSIT, "1000.00")).entryId();
		long large = this.ledger.submit(rm, cash, movement(EntryKind.WITHDRAWAL, "-2000000.00")).entryId();
		long refused = this.ledger.submit(rm, cash, movement(EntryKind.WITHDRAWAL, "-2500000.00")).entryId();
		assertThat(this.flows.monthly(rm, 12).get(month)).as("pending withdrawals move nothing yet")
			.isEqualByComparingTo("5001000");
		this.ledger.decide(lead, large, true, "核对客户书面指令");
		this.ledger.decide(lead, refused, false, "客户未签字确认");
		long savings = register(rm, client, Currency.CNY, "500.00");
		this.ledger.transfer(rm, cash, savings, new BigDecimal("300.00"), null, "调拨至另一账户");
		this.ledger.decide(lead, this.ledger.reverse(finance, deposit, "金额录错").entryId(), true, "同意冲正");
		register(rm, client, Currency.USD, "100.00");
		BigDecimal dollarsInBase = this.jdbc.queryForObject("select e.base_amount from ledger_entry e join ledger_property p "
				+ "on p.id = e.property_id where p.client_id = ? and p.currency = 'USD'", BigDecimal.class, client);

		// 5,000,000 + 1,000 - 2,000,000 + 500 - 1,000 in yuan, the transfer moving nothing in or out.
		assertThat(this.flows.monthly(rm, 12).get(month)).isEqualByComparingTo(new BigDecimal("3000500").add(dollarsInBase));
		assertThat(this.flows.byCurrency(rm, 12)).containsOnlyKeys(Currency.CNY, Currency.USD);
		assertThat(this.flows.byCurrency(rm, 12).get(Currency.CNY)).isEqualByComparingTo("3000500");
		assertThat(this.flows.byCurrency(rm, 12).get(Currency.USD)).isEqualByComparingTo("100");
		assertThat(this.flows.monthly(lead, 12).get(month)).as("the lead sees the team")
			.isEqualByComparingTo(this.flows.monthly(rm, 12).get(month));
		assertThat(this.flows.monthly(otherRm, 12).get(month)).as("another RM of the team sees none of it").isZero();
		assertThat(this.flows.monthly(finance, 12).get(month).subtract(firmBefore)).as("the firm's totals")
			.isEqualByComparingTo(new BigDecimal("3000500").add(dollarsInBase));
		assertThat(this.flows.monthly(rm, 12)).hasSize(12);
		assertThatTotalsEqualARecountFromTheEntries();
	}

	@Test
	void aTeamsFlowsAreItsPresentClientsAndMoveWithABookToAnotherTeam() {
		long teamA = this.accounts.team();
		long teamB = this.accounts.team();
		CurrentUser rmA = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", teamA));
		CurrentUser rmB = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", teamB));
		CurrentUser leadA = this.clients.user(this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", teamA));
		CurrentUser leadB = this.clients.user(this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", teamB));
		CurrentUser admin = this.clients.user(this.accounts.userWithSeededRole("ADMIN"));
		YearMonth month = YearMonth.from(this.clients.service().today());
		register(rmA, this.clients.individual(rmA.username(), "转组客户甲"), Currency.CNY, "800.00");
		register(rmA, this.clients.individual(rmA.username(), "转组客户乙"), Currency.CNY, "200.00");
		register(rmB, this.clients.individual(rmB.username(), "乙组客户"), Currency.CNY, "50.00");
		assertThat(this.flows.monthly(leadA, 12).get(month)).isEqualByComparingTo("1000");
		assertThat(this.flows.monthly(leadB, 12).get(month)).isEqualByComparingTo("50");
		assertThat(this.flows.monthly(rmA, 12).get(month)).isEqualByComparingTo("1000");
		assertThat(this.flows.monthly(rmB, 12).get(month)).isEqualByComparingTo("50");

		assertThat(this.clients.service().transferBook(admin, rmA.id(), rmB.id(), "客户经理离职")).isEqualTo(2);

		assertThat(this.flows.monthly(leadA, 12).get(month)).as("the old team no longer counts them").isZero();
		assertThat(this.flows.monthly(leadB, 12).get(month)).as("the new team counts them").isEqualByComparingTo("1050");
		assertThat(this.flows.monthly(rmB, 12).get(month)).isEqualByComparingTo("1050");
		assertThat(this.flows.monthly(rmA, 12).get(month)).as("the old RM no longer counts them").isZero();
		assertThatTotalsEqualARecountFromTheEntries();
	}

	@Test
	void monthsAreTheFirmsAndARestartInAnotherZoneRebuildsThem() {
		CurrentUser rm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		long client = this.clients.individual(rm.username(), "跨月测试");
		long cash = register(rm, client, Currency.CNY, "100.00");
		// 02:00 on 1 November in Shanghai is still 31 October in UTC.
		Timestamp at = Timestamp.from(Instant.parse("2025-10-31T18:00:00Z"));
		this.jdbc.update("""
				insert into ledger_entry (property_id, kind, state, value_change, quantity_change, base_amount, reason,
				    made_at, made_by, made_by_id, posted_at, value_after, quantity_after, posting_seq)
				values (?, 'DEPOSIT', 'POSTED', 70, 0, 70, '月初存入', ?, 'test', 0, ?, 170, 0, 99)""", cash, at, at);
		assertThat(month(client, "2025-11-01")).isEqualByComparingTo("70");
		try {
			assertThat(this.zone.useZone("UTC")).isTrue();
			assertThat(month(client, "2025-10-01")).isEqualByComparingTo("70");
			assertThat(month(client, "2025-11-01")).isNull();
			assertThatTotalsEqualARecountFromTheEntries();
		}
		finally {
			assertThat(this.zone.useZone("Asia/Shanghai")).isTrue();
		}
		assertThat(this.zone.useZone("Asia/Shanghai")).as("already in that zone").isFalse();
		assertThat(month(client, "2025-11-01")).isEqualByComparingTo("70");
		assertThatTotalsEqualARecountFromTheEntries();
	}

	private BigDecimal month(long client, String firstDay) {
		return this.jdbc.query("select base_net from ledger_flow_month where client_id = ? and month = ?::date",
				(rs) -> rs.next() ? rs.getBigDecimal(1) : null, client, firstDay);
	}

	/** Every client's and the firm's totals, whatever wrote the entries (demo data, other tests), against the entries. */
	private void assertThatTotalsEqualARecountFromTheEntries() {
		assertThat(this.jdbc.queryForObject("""
				select count(*) from (
				    select f.client_id, date_trunc('month', f.posted_at at time zone z.zone)::date as month, f.currency,
				           sum(f.base_net) as base_net, sum(f.value_net) as value_net
				    from ledger_flow_entry f cross join ledger_flow_zone z group by 1, 2, 3
				    except select client_id, month, currency, base_net, value_net from ledger_flow_month) missing""",
				Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from (
				    select month, currency, sum(base_net), sum(value_net) from ledger_flow_month group by 1, 2
				    except select month, currency, base_net, value_net from ledger_flow_firm_month) missing""", Long.class))
			.isZero();
		assertThatTotalsAreTheirPresentClients("team_id", "ledger_flow_team_month");
		assertThatTotalsAreTheirPresentClients("owner_id", "ledger_flow_owner_month");
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_flow_month", Long.class)).isEqualTo(
				this.jdbc.queryForObject("select count(*) from (select distinct f.client_id, date_trunc('month', "
						+ "f.posted_at at time zone z.zone), f.currency from ledger_flow_entry f cross join ledger_flow_zone z) d",
						Long.class));
	}

	/** A team's or an RM's totals ({@code holder} a column of the client) are those of their present clients, no more. */
	private void assertThatTotalsAreTheirPresentClients(String holder, String table) {
		String recount = "select c." + holder + ", m.month, m.currency, sum(m.base_net), sum(m.value_net) "
				+ "from ledger_flow_month m join clients_client c on c.id = m.client_id where c." + holder
				+ " is not null group by 1, 2, 3";
		String kept = "select " + holder + ", month, currency, base_net, value_net from " + table;
		assertThat(this.jdbc.queryForObject("select count(*) from (" + recount + " except " + kept + ") missing",
				Long.class)).as(table + ": every one's totals are their present clients'").isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from (" + kept
				+ " where base_net <> 0 or value_net <> 0 except " + recount + ") extra", Long.class))
			.as(table + ": and nothing more").isZero();
	}

	private long register(CurrentUser rm, long client, Currency currency, String value) {
		return this.ledger.register(rm, client, new PropertyLedger.Registration(PropertyType.CASH, "现金账户", "托管银行",
				"上海分行", currency, new BigDecimal(value), null, null));
	}

	private static PropertyLedger.Movement movement(EntryKind kind, String amount) {
		return new PropertyLedger.Movement(kind, new BigDecimal(amount), null, null, "流量测试");
	}

}
