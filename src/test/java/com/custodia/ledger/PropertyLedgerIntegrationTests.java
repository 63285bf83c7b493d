package com.custodia.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.custodia.clients.ClientFixtures;
import com.custodia.clients.ClientRuleException;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.TestAccounts;
import com.custodia.web.RecordNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger's writes against PostgreSQL: balances under concurrent withdrawals, four eyes, reversal once, transfer
 * atomicity, conversion at the dated rate, release, scope, and a database that refuses to rewrite history.
 */
@CustodiaIntegrationTest
class PropertyLedgerIntegrationTests {

	@Autowired
	PropertyLedger ledger;

	@Autowired
	PropertyQueries queries;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser rm;

	CurrentUser lead;

	long client;

	@BeforeEach
	void anRmAndTheirLead() {
		long team = this.accounts.team();
		this.rm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team));
		this.lead = this.clients.user(this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team));
		this.client = this.clients.individual(this.rm.username(), "台账测试");
	}

	@Test
	void twentyConcurrentWithdrawalsNeverTakeTheBalanceBelowZeroAndNoneIsLostOrExtra() throws Exception {
		long cash = cash("150.00");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<Boolean>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				results.add(pool.submit(() -> {
					start.await();
					try {
						this.ledger.submit(this.rm, cash, withdrawal("10.00"));
						return true;
					}
					catch (ClientRuleException ex) {
						assertThat(ex.problems().toString()).contains("ledger.movement.belowZero");
						return false;
					}
				}));
			}
			start.countDown();
			int posted = 0;
			for (Future<Boolean> result : results) {
				posted += result.get() ? 1 : 0;
			}
			assertThat(posted).isEqualTo(15);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.ledger.balance(this.rm, cash).value()).isEqualByComparingTo("0");
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_entry where property_id = ? and kind = 'WITHDRAWAL' "
				+ "and state = 'POSTED'", Long.class, cash)).isEqualTo(15);
		assertThat(this.jdbc.queryForObject("select sum(value_change) from ledger_entry where property_id = ? "
				+ "and state = 'POSTED'", BigDecimal.class, cash)).isEqualByComparingTo("0");
		// Each entry's balance after is the one before it minus 10: the posts ran one at a time.
		List<BigDecimal> after = this.jdbc.queryForList("select value_after from ledger_entry where property_id = ? "
				+ "and state = 'POSTED' order by posted_at, id", BigDecimal.class, cash);
		for (int i = 1; i < after.size(); i++) {
			assertThat(after.get(i)).isEqualByComparingTo(after.get(i - 1).subtract(new BigDecimal("10")));
		}
	}

	@Test
	void aLargeMovementWaitsForASecondPersonWhoIsNeverTheMaker() {
		long cash = cash("5000000.00");
		PropertyLedger.Outcome pending = this.ledger.submit(this.rm, cash, withdrawal("2000000.00"));
		assertThat(pending.pending()).isTrue();
		assertThat(this.ledger.balance(this.rm, cash).value()).isEqualByComparingTo("5000000");
		assertThatThrownBy(() -> this.ledger.submit(this.rm, cash, withdrawal("2000000.00")))
			.hasMessageContaining("ledger.movement.alreadyPending");
		assertThatThrownBy(() -> this.ledger.decide(this.rm, pending.entryId(), true, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.ledger.decide(this.lead, this.ledger.submit(this.lead, cash,
				withdrawal("1500000.00")).entryId(), true, null))
			.hasMessageContaining("ledger.approval.ownMovement");

		this.ledger.decide(this.lead, pending.entryId(), true, "核对客户书面指令");
		assertThat(this.ledger.balance(this.rm, cash).value()).isEqualByComparingTo("3000000");
		assertThatThrownBy(() -> this.ledger.decide(this.lead, pending.entryId(), false, "晚了"))
			.hasMessageContaining("ledger.approval.notPending");
		assertThat(this.jdbc.queryForObject("select decided_by from ledger_entry where id = ?", String.class,
				pending.entryId())).isEqualTo(this.lead.username());
	}

	@Test
	void twoCheckersApprovingAtOnceChangeTheBalanceOnce() throws Exception {
		long cash = cash("5000000.00");
		long entry = this.ledger.submit(this.rm, cash, withdrawal("2000000.00")).entryId();
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (CurrentUser checker : List.of(this.lead, finance)) {
				results.add(pool.submit(() -> {
					start.await();
					try {
						this.ledger.decide(checker, entry, true, "同意");
						return true;
					}
					catch (ClientRuleException ex) {
						return false;
					}
				}));
			}
			start.countDown();
			assertThat(results.get(0).get() ^ results.get(1).get()).as("exactly one approval stands").isTrue();
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.ledger.balance(this.rm, cash).value()).isEqualByComparingTo("3000000");
	}

	@Test
	void aReleaseOrRevaluationApprovedAfterThePropertyChangedIsRefused() {
		long cash = cash("1000.00");
		long release = this.ledger.submit(this.rm, cash, new PropertyLedger.Movement(EntryKind.RELEASE, null, null, null,
				"交还客户")).entryId();
		this.ledger.submit(this.rm, cash, new PropertyLedger.Movement(EntryKind.DEPOSIT, new BigDecimal("5.00"), null, null,
				"又存入"));
		assertThatThrownBy(() -> this.ledger.decide(this.lead, release, true, "同意"))
			.hasMessageContaining("ledger.approval.propertyChanged");
		assertThat(this.ledger.balance(this.rm, cash).value()).isEqualByComparingTo("1005");
		long revalued = cash("2000000.00");
		long revaluation = this.ledger.submit(this.rm, revalued, new PropertyLedger.Movement(EntryKind.REVALUATION, null,
				null, null, "重估", new BigDecimal("4000000.00"))).entryId();
		this.ledger.submit(this.rm, revalued, withdrawal("10.00"));
		assertThatThrownBy(() -> this.ledger.decide(this.lead, revaluation, true, "同意"))
			.hasMessageContaining("ledger.approval.propertyChanged");
		assertThatThrownBy(() -> this.ledger.submit(this.rm, revalued, new PropertyLedger.Movement(EntryKind.DEPOSIT,
				new BigDecimal("1E+15"), null, null, "过大"))).hasMessageContaining("ledger.movement.tooLarge");
	}

	@Test
	void aRejectionStaysOnRecordWithTheCheckersComment() {
		long cash = cash("3000000.00");
		long entry = this.ledger.submit(this.rm, cash, withdrawal("2500000.00")).entryId();
		assertThatThrownBy(() -> this.ledger.decide(this.lead, entry, false, " "))
			.hasMessageContaining("comment=client.required");
		this.ledger.decide(this.lead, entry, false, "客户未签字确认");
		assertThat(this.jdbc.queryForObject("select state from ledger_entry where id = ?", String.class, entry))
			.isEqualTo("REJECTED");
		assertThat(this.jdbc.queryForObject("select decision_comment from ledger_entry where id = ?", String.class, entry))
			.isEqualTo("客户未签字确认");
		assertThat(this.ledger.balance(this.rm, cash).value()).isEqualByComparingTo("3000000");
		// Rejected, the same movement may be submitted again.
		assertThat(this.ledger.submit(this.rm, cash, withdrawal("2500000.00")).pending()).isTrue();
	}

	@Test
	void anEntryIsReversedOnceAndOnlyOnApproval() {
		long cash = cash("100.00");
		long deposit = this.ledger.submit(this.rm, cash, new PropertyLedger.Movement(EntryKind.DEPOSIT,
				new BigDecimal("40.00"), null, null, "客户存入")).entryId();
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		assertThatThrownBy(() -> this.ledger.reverse(this.rm, deposit, "录错")).isInstanceOf(AccessDeniedException.class);
		long reversal = this.ledger.reverse(finance, deposit, "金额录错").entryId();
		assertThat(this.ledger.balance(this.rm, cash).value()).isEqualByComparingTo("140");
		assertThatThrownBy(() -> this.ledger.reverse(finance, deposit, "再次冲正")).hasMessageContaining("ledger.reverse.once");
		this.ledger.decide(this.lead, reversal, true, "同意冲正");
		assertThat(this.ledger.balance(this.rm, cash).value()).isEqualByComparingTo("100");
		assertThatThrownBy(() -> this.ledger.reverse(finance, deposit, "第三次")).hasMessageContaining("ledger.reverse.once");
		assertThatThrownBy(() -> this.ledger.reverse(finance, reversal, "冲正的冲正"))
			.hasMessageContaining("ledger.reverse.notReversible");
	}

	@Test
	void aTransferIsBothEntriesOrNeither() {
		long from = cash("500.00");
		long to = cash("0.00");
		assertThatThrownBy(() -> this.ledger.transfer(this.rm, from, to, new BigDecimal("500.01"), null, "调拨"))
			.hasMessageContaining("ledger.movement.belowZero");
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_entry where property_id in (?, ?) "
				+ "and kind like 'TRANSFER%'", Long.class, from, to)).isZero();
		this.ledger.transfer(this.rm, from, to, new BigDecimal("200.00"), null, "调拨至另一账户");
		assertThat(this.ledger.balance(this.rm, from).value()).isEqualByComparingTo("300");
		assertThat(this.ledger.balance(this.rm, to).value()).isEqualByComparingTo("200");
		long dollars = register(Currency.USD, "100.00");
		assertThatThrownBy(() -> this.ledger.transfer(this.rm, from, dollars, BigDecimal.ONE, null, "跨币种"))
			.hasMessageContaining("ledger.transfer.sameClientAndCurrency");
		long gold = this.ledger.register(this.rm, this.client, new PropertyLedger.Registration(PropertyType.PRECIOUS_METAL,
				"金条", "内部金库", "B2", Currency.CNY, new BigDecimal("500.00"), BigDecimal.TEN, "克"));
		assertThatThrownBy(() -> this.ledger.transfer(this.rm, gold, to, BigDecimal.ONE, BigDecimal.ONE, "金条转现金"))
			.hasMessageContaining("ledger.transfer.sameUnit");
		long big = cash("3000000.00");
		PropertyLedger.Outcome pending = this.ledger.transfer(this.rm, big, to, new BigDecimal("2000000.00"), null, "大额调拨");
		assertThat(pending.pending()).isTrue();
		assertThat(this.ledger.balance(this.rm, to).value()).isEqualByComparingTo("200");
		this.ledger.decide(this.lead, pending.entryId(), true, "同意");
		assertThat(this.ledger.balance(this.rm, big).value()).isEqualByComparingTo("1000000");
		assertThat(this.ledger.balance(this.rm, to).value()).isEqualByComparingTo("2000200");
	}

	@Test
	void aMistakenTransferIsReversedOnBothPropertiesAsOne() {
		long from = cash("500.00");
		long to = cash("0.00");
		long out = this.ledger.transfer(this.rm, from, to, new BigDecimal("200.00"), null, "调拨错了账户").entryId();
		long in = this.jdbc.queryForObject("select id from ledger_entry where property_id = ? and kind = 'TRANSFER_IN'",
				Long.class, to);
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		long reversal = this.ledger.reverse(finance, in, "转入账户选错").entryId();
		assertThat(this.jdbc.queryForList("select reverses_entry_id from ledger_entry where kind = 'REVERSAL' "
				+ "and state = 'PENDING' and property_id in (?, ?) order by reverses_entry_id", Long.class, from, to))
			.containsExactly(out, in);
		assertThatThrownBy(() -> this.ledger.reverse(finance, out, "再冲一次")).hasMessageContaining("ledger.reverse.once");
		// Pending: neither balance moves; approving either half decides both.
		assertThat(this.ledger.balance(this.rm, from).value()).isEqualByComparingTo("300");
		assertThat(this.ledger.balance(this.rm, to).value()).isEqualByComparingTo("200");
		assertThatThrownBy(() -> this.ledger.decide(finance, reversal, true, "本人")).hasMessageContaining("ownMovement");
		this.ledger.decide(this.lead, reversal, true, "同意冲正");
		assertThat(this.ledger.balance(this.rm, from).value()).isEqualByComparingTo("500");
		assertThat(this.ledger.balance(this.rm, to).value()).isEqualByComparingTo("0");
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_entry where kind = 'REVERSAL' and state = 'POSTED' "
				+ "and property_id in (?, ?)", Long.class, from, to)).isEqualTo(2);
	}

	@Test
	void aTransferReversalThatWouldEmptyTheReceivingPropertyBelowZeroIsRefusedWhole() {
		long from = cash("500.00");
		long to = cash("0.00");
		long out = this.ledger.transfer(this.rm, from, to, new BigDecimal("200.00"), null, "调拨").entryId();
		this.ledger.submit(this.rm, to, withdrawal("150.00"));
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		long reversal = this.ledger.reverse(finance, out, "调拨有误").entryId();
		assertThatThrownBy(() -> this.ledger.decide(this.lead, reversal, true, "同意"))
			.hasMessageContaining("ledger.movement.belowZero");
		assertThat(this.ledger.balance(this.rm, from).value()).isEqualByComparingTo("300");
		assertThat(this.ledger.balance(this.rm, to).value()).isEqualByComparingTo("50");
		this.ledger.decide(this.lead, reversal, false, "余额已支取，改为人工处理");
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_entry where kind = 'REVERSAL' and state = 'REJECTED' "
				+ "and property_id in (?, ?)", Long.class, from, to)).isEqualTo(2);
	}

	@Test
	void registeringAndRecordingMovementsAreSeparatePermissions() {
		long cash = cash("100.00");
		Set<Permission> withoutRegister = EnumSet.copyOf(this.rm.permissions());
		withoutRegister.remove(Permission.PROPERTY_REGISTER);
		CurrentUser mover = new CurrentUser(this.rm.id(), this.rm.username(), this.rm.displayName(), this.rm.teamId(),
				this.rm.roles(), withoutRegister, false);
		this.ledger.submit(mover, cash, withdrawal("1.00"));
		PropertyLedger.Registration registration = new PropertyLedger.Registration(PropertyType.CASH, "现金", "银行", "上海",
				Currency.CNY, BigDecimal.TEN, null, null);
		assertThatThrownBy(() -> this.ledger.register(mover, this.client, registration))
			.isInstanceOf(AccessDeniedException.class);
		Set<Permission> withoutMoving = EnumSet.copyOf(this.rm.permissions());
		withoutMoving.remove(Permission.PROPERTY_WRITE);
		CurrentUser registrar = new CurrentUser(this.rm.id(), this.rm.username(), this.rm.displayName(), this.rm.teamId(),
				this.rm.roles(), withoutMoving, false);
		long registered = this.ledger.register(registrar, this.client, registration);
		assertThatThrownBy(() -> this.ledger.submit(registrar, registered, withdrawal("1.00")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anOlderStatusChangeIsNotReversedOverALaterOne() {
		long cash = cash("100.00");
		long pledge = this.ledger.submit(this.rm, cash, new PropertyLedger.Movement(EntryKind.STATUS_CHANGE, BigDecimal.ZERO,
				BigDecimal.ZERO, PropertyStatus.PLEDGED, "质押给银行")).entryId();
		this.ledger.submit(this.rm, cash, new PropertyLedger.Movement(EntryKind.STATUS_CHANGE, BigDecimal.ZERO,
				BigDecimal.ZERO, PropertyStatus.ON_LOAN, "解押后出借"));
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		assertThatThrownBy(() -> this.ledger.reverse(finance, pledge, "质押录错"))
			.hasMessageContaining("ledger.reverse.statusMoved");
		assertThat(this.jdbc.queryForObject("select status from ledger_property where id = ?", String.class, cash))
			.isEqualTo("ON_LOAN");
	}

	@Test
	void aLargeTransferRaisesAnAlertAndAQuantityNeedsItsUnit() {
		long from = cash("8000000.00");
		long to = cash("0.00");
		long out = this.ledger.transfer(this.rm, from, to, new BigDecimal("6000000.00"), null, "大额调拨").entryId();
		assertThat(this.jdbc.queryForObject("select reasons from ledger_alert where entry_id = ?", String.class, out))
			.isEqualTo("LARGE_MOVEMENT");
		assertThatThrownBy(() -> this.ledger.register(this.rm, this.client, new PropertyLedger.Registration(
				PropertyType.STOCK, "股票", "券商", "账户", Currency.CNY, BigDecimal.TEN, new BigDecimal("100"), " ")))
			.hasMessageContaining("ledger.register.unitRequired");
	}

	@Test
	void aRejectedMovementIsListedWhereItWasDecidedNotAboveLaterPostings() {
		long cash = cash("3000000.00");
		long big = this.ledger.submit(this.rm, cash, withdrawal("2000000.00")).entryId();
		this.ledger.decide(this.lead, big, false, "指令未核实");
		long later = this.ledger.submit(this.rm, cash, withdrawal("10.00")).entryId();
		List<Long> order = this.queries.page(this.rm, cash, org.springframework.data.domain.PageRequest.of(0, 10))
			.entries().map(EntryView::id).getContent();
		assertThat(order.indexOf(later)).isLessThan(order.indexOf(big));
	}

	@Test
	void aForeignCurrencyMovementIsSizedAtTheRateInForceToday() {
		LocalDate today = this.clients.service().today();
		this.jdbc.update("insert into ledger_rate (currency, valid_from, in_base) values ('EUR', ?, 7.5) "
				+ "on conflict do nothing", today.minusDays(3));
		this.jdbc.update("insert into ledger_rate (currency, valid_from, in_base) values ('EUR', ?, 99) "
				+ "on conflict do nothing", today.plusDays(3));
		long euros = register(Currency.EUR, "1000.00");
		assertThat(this.jdbc.queryForObject("select base_amount from ledger_entry where property_id = ? "
				+ "and kind = 'REGISTRATION'", BigDecimal.class, euros)).isEqualByComparingTo("7500.00");
		// EUR 140,000 is CNY 1,050,000 today: above the four-eyes threshold though below it in euros.
		assertThat(this.ledger.submit(this.rm, euros, new PropertyLedger.Movement(EntryKind.DEPOSIT,
				new BigDecimal("140000"), null, null, "外币存入")).pending()).isTrue();
	}

	@Test
	void aReleaseEmptiesThePropertyWhichThenTakesNothingButAReversal() {
		long gold = this.ledger.register(this.rm, this.client, new PropertyLedger.Registration(PropertyType.PRECIOUS_METAL,
				"金条 1000 克", "内部金库", "上海 B2-17", Currency.CNY, new BigDecimal("560000.00"), new BigDecimal("1000"), "克"));
		long release = this.ledger.submit(this.rm, gold, new PropertyLedger.Movement(EntryKind.RELEASE, null, null, null,
				"交还客户")).entryId();
		this.ledger.decide(this.lead, release, true, "客户到场签收");
		assertThat(this.ledger.balance(this.rm, gold).value()).isZero();
		assertThat(this.ledger.balance(this.rm, gold).quantity()).isZero();
		assertThat(this.jdbc.queryForObject("select status from ledger_property where id = ?", String.class, gold))
			.isEqualTo("RELEASED");
		assertThatThrownBy(() -> this.ledger.submit(this.rm, gold, new PropertyLedger.Movement(EntryKind.DEPOSIT,
				BigDecimal.ONE, null, null, "再存入"))).hasMessageContaining("ledger.movement.propertyClosed");
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		long undo = this.ledger.reverse(finance, release, "误交还").entryId();
		this.ledger.decide(this.lead, undo, true, "同意");
		assertThat(this.jdbc.queryForObject("select status from ledger_property where id = ?", String.class, gold))
			.isEqualTo("IN_CUSTODY");
		assertThat(this.ledger.balance(this.rm, gold).quantity()).isEqualByComparingTo("1000");
	}

	@Test
	void anotherRmsPropertyIsNotFoundAndHistoryCannotBeRewritten() {
		long cash = cash("100.00");
		CurrentUser other = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER",
				this.accounts.team()));
		assertThatThrownBy(() -> this.ledger.submit(other, cash, withdrawal("1.00"))).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> this.ledger.balance(other, cash)).isInstanceOf(RecordNotFoundException.class);
		long entry = this.jdbc.queryForObject("select id from ledger_entry where property_id = ?", Long.class, cash);
		assertThatThrownBy(() -> this.jdbc.update("update ledger_entry set value_change = 1 where id = ?", entry))
			.hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> this.jdbc.update("delete from ledger_entry where id = ?", entry))
			.hasMessageContaining("cannot be deleted");
		assertThatThrownBy(() -> this.jdbc.update("update ledger_property set value = -1 where id = ?", cash))
			.hasMessageContaining("check");
	}

	private long cash(String value) {
		return register(Currency.CNY, value);
	}

	private long register(Currency currency, String value) {
		return this.ledger.register(this.rm, this.client, new PropertyLedger.Registration(PropertyType.CASH, "现金账户",
				"托管银行", "上海分行", currency, new BigDecimal(value), null, null));
	}

	private static PropertyLedger.Movement withdrawal(String amount) {
		return new PropertyLedger.Movement(EntryKind.WITHDRAWAL, new BigDecimal(amount).negate(), null, null, "客户支取");
	}

}
