package com.custodia.tiering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientFixtures;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.Tier;
import com.custodia.clients.servicelog.ContactKind;
import com.custodia.clients.servicelog.ServiceLog;
import com.custodia.ledger.Currency;
import com.custodia.ledger.EntryKind;
import com.custodia.ledger.PropertyLedger;
import com.custodia.ledger.PropertyType;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.QueryCounter;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tiering against PostgreSQL: conversion feeding the tier, recomputation after an approved movement (not a pending
 * one), the downgrade grace period, overrides, the nightly run over many clients in bounded queries and on one
 * instance at a time, and contact due dates from the service log.
 */
@CustodiaIntegrationTest
class TieringIntegrationTests {

	@Autowired
	PropertyLedger ledger;

	@Autowired
	Tiering tiering;

	@Autowired
	TierOverrides overrides;

	@Autowired
	TierRecomputation recomputation;

	@Autowired
	ServiceDue serviceDue;

	@Autowired
	ServiceLog serviceLog;

	@Autowired
	ServiceReport serviceReport;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	QueryCounter counter;

	@Autowired
	com.custodia.web.DisplayZone displayZone;

	@Autowired
	ServiceDueZone dueZone;

	@Autowired
	TierRules rules;

	CurrentUser rm;

	CurrentUser lead;

	@BeforeEach
	void anRmAndTheirLead() {
		long team = this.accounts.team();
		this.rm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team));
		this.lead = this.clients.user(this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team));
	}

	@Test
	void foreignPropertyCountsAtTodaysRateAndOnlyAnApprovedMovementMovesTheTier() {
		long client = this.clients.individual(this.rm.username(), "分级换算测试");
		BigDecimal rate = this.jdbc.queryForObject("select in_base from ledger_rate where currency = 'USD' and valid_from "
				+ "<= ? order by valid_from desc limit 1", BigDecimal.class, this.clients.service().today());
		BigDecimal enough = new BigDecimal("500000.00").divide(rate, 2, RoundingMode.CEILING);
		long dollars = register(client, Currency.USD, enough.subtract(new BigDecimal("0.01")));
		assertThat(tier(client)).isEqualTo(Tier.BRONZE);
		this.ledger.submit(this.rm, dollars, new PropertyLedger.Movement(EntryKind.DEPOSIT, new BigDecimal("0.01"), null,
				null, "补足一分"));
		assertThat(tier(client)).as("USD %s at %s is CNY 500,000", enough, rate).isEqualTo(Tier.SILVER);

		long cash = register(client, Currency.CNY, BigDecimal.ZERO);
		PropertyLedger.Outcome large = this.ledger.submit(this.rm, cash, new PropertyLedger.Movement(EntryKind.DEPOSIT,
				new BigDecimal("6000000.00"), null, null, "大额存入"));
		assertThat(large.pending()).isTrue();
		assertThat(tier(client)).as("a pending movement changes nothing").isEqualTo(Tier.SILVER);
		this.ledger.decide(this.lead, large.entryId(), true, "已核对");
		assertThat(tier(client)).isEqualTo(Tier.GOLD);
		Tiering.Change latest = this.tiering.history(this.rm, client).get(0);
		assertThat(latest.from()).isEqualTo(Tier.SILVER);
		assertThat(latest.cause()).isEqualTo(TierDecision.Cause.RULES);
		assertThat(latest.assets()).isGreaterThanOrEqualTo(new BigDecimal("6500000.00"));
	}

	@Test
	void aClientBelowTheirTierKeepsItForTheGracePeriodAndIsDowngradedWhenItRunsOut() {
		long client = this.clients.individual(this.rm.username(), "分级宽限测试");
		long cash = register(client, Currency.CNY, new BigDecimal("600000.00"));
		assertThat(tier(client)).isEqualTo(Tier.SILVER);
		this.ledger.submit(this.rm, cash, new PropertyLedger.Movement(EntryKind.WITHDRAWAL, new BigDecimal("-200000.00"),
				null, null, "客户支取"));
		assertThat(tier(client)).isEqualTo(Tier.SILVER);
		Tiering.Standing standing = this.tiering.standing(this.rm, client).orElseThrow();
		assertThat(standing.computed()).isEqualTo(Tier.BRONZE);
		assertThat(standing.belowSince()).isEqualTo(this.clients.service().today());

		// 89 days on, still Silver; the 90th day the grace period is over.
		this.jdbc.update("update tiering_client set below_since = ? where client_id = ?",
				this.clients.service().today().minusDays(89), client);
		this.tiering.recompute(client);
		assertThat(tier(client)).isEqualTo(Tier.SILVER);
		this.jdbc.update("update tiering_client set below_since = ? where client_id = ?",
				this.clients.service().today().minusDays(90), client);
		this.tiering.recompute(client);
		assertThat(tier(client)).isEqualTo(Tier.BRONZE);
		assertThat(this.tiering.history(this.rm, client).get(0).cause()).isEqualTo(TierDecision.Cause.GRACE_ENDED);
	}

	@Test
	void anOverrideIsProposedByOnePersonApprovedByAnotherAndEndsOnItsDay() {
		long client = this.clients.individual(this.rm.username(), "分级调整测试");
		register(client, Currency.CNY, new BigDecimal("100.00"));
		LocalDate today = this.clients.service().today();
		assertThatThrownBy(() -> this.overrides.propose(this.rm, client, Tier.LARGE, "机构等级", today.plusDays(30)))
			.hasMessageContaining("tiering.override.tierInvalid");
		assertThatThrownBy(() -> this.overrides.propose(this.rm, client, Tier.GOLD, "今天到期", today))
			.hasMessageContaining("tiering.override.endsOnInvalid");
		long override = this.overrides.propose(this.rm, client, Tier.GOLD, "家族资产即将转入", today.plusDays(30));
		assertThatThrownBy(() -> this.overrides.propose(this.rm, client, Tier.DIAMOND, "再提一次", today.plusDays(30)))
			.hasMessageContaining("tiering.override.alreadyProposed");
		assertThatThrownBy(() -> this.overrides.decide(this.rm, override, true, "自批"))
			.isInstanceOf(AccessDeniedException.class);
		long client2 = this.clients.individual(this.rm.username(), "分级调整测试二");
		long own = this.overrides.propose(this.lead, client2, Tier.SILVER, "主管本人提出", today.plusDays(10));
		assertThatThrownBy(() -> this.overrides.decide(this.lead, own, true, "自批"))
			.hasMessageContaining("tiering.override.ownProposal");
		assertThatThrownBy(() -> this.overrides.decide(this.lead, override, false, " "))
			.isInstanceOf(ClientRuleException.class).hasMessageContaining("client.required");
		assertThat(tier(client)).isEqualTo(Tier.BRONZE);
		this.overrides.decide(this.lead, override, true, "同意，三十天后复核");
		assertThat(tier(client)).isEqualTo(Tier.GOLD);
		assertThat(this.tiering.history(this.rm, client).get(0).cause()).isEqualTo(TierDecision.Cause.OVERRIDE);

		this.jdbc.update("update tiering_override set ends_on = ? where id = ?", today.minusDays(1), override);
		this.tiering.recompute(client);
		assertThat(tier(client)).isEqualTo(Tier.BRONZE);
		assertThat(this.tiering.history(this.rm, client).get(0).cause()).isEqualTo(TierDecision.Cause.OVERRIDE_ENDED);
		assertThat(this.jdbc.queryForObject("select state from tiering_override where id = ?", String.class, override))
			.isEqualTo("ENDED");
	}

	@Test
	void theNightlyRunTiersManyClientsInOnePassWithABoundedNumberOfQueries() {
		String prefix = "批量分级" + System.nanoTime();
		this.jdbc.update("""
				insert into clients_client (code, kind, name, status, segment, owner_id)
				select 'CB' || ? || lpad(n::text, 5, '0'), 'INDIVIDUAL', ? || n, 'ACTIVE', 'INDIVIDUAL_ORDINARY', ?
				from generate_series(1, 2500) n""", String.valueOf(System.nanoTime() % 1_000_000_000L), prefix,
				this.rm.id());
		this.counter.reset();
		TierRecomputation.Run run = this.recomputation.runAll("MANUAL", "test");
		long statements = this.counter.statements();
		assertThat(this.jdbc.queryForObject("select count(*) from clients_client where name like ? and tier = 'BRONZE'",
				Long.class, prefix + "%")).isEqualTo(2500);
		long batches = run.clients() / 1000 + 1;
		assertThat(statements).as(this.counter.sql().toString()).isLessThanOrEqualTo(batches * 10 + 10);
		assertThat(run.clients()).isGreaterThanOrEqualTo(2500);
		assertThat(this.jdbc.queryForObject("select clients from tiering_run where id = ?", Integer.class, run.id()))
			.isEqualTo(run.clients());
	}

	@Test
	void twoInstancesStartingTheNightlyRunAtOnceRunItOnce() throws Exception {
		// Release the lock if an earlier run holds it (ShedLock remembers the row, so it is updated, not deleted).
		releaseLock();
		long before = this.jdbc.queryForObject("select count(*) from tiering_run", Long.class);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> runs = List.of(pool.submit(() -> {
				start.await();
				this.recomputation.nightly();
				return null;
			}), pool.submit(() -> {
				start.await();
				this.recomputation.nightly();
				return null;
			}));
			start.countDown();
			for (Future<?> run : runs) {
				run.get();
			}
			assertThat(this.jdbc.queryForObject("select count(*) from tiering_run", Long.class)).isEqualTo(before + 1);
			assertThat(this.recomputation.now("admin-test")).as("the lock is held for its minimum time").isEmpty();
		}
		finally {
			pool.shutdown();
			releaseLock();
		}
	}

	@Test
	void contactIsDueFromTheServiceLogAndCareEventsDoNotCount() {
		CurrentUser owner = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER",
				this.accounts.team()));
		LocalDate today = this.clients.service().today();
		long soon = silverClientContacted(owner, "将到期客户", today.minusDays(80));
		long overdue = silverClientContacted(owner, "已逾期客户", today.minusDays(100));
		long fine = silverClientContacted(owner, "正常客户", today.minusDays(10));
		this.serviceLog.record(owner, overdue, new ServiceLog.Entry(ContactKind.CARE_BIRTHDAY, today.minusDays(1),
				"生日祝福", null, null));
		List<ServiceDue.Due> due = this.serviceDue.dueOrOverdue(owner);
		assertThat(due).extracting(ServiceDue.Due::clientId).containsExactly(overdue, soon);
		assertThat(due.get(0).standing()).isEqualTo(ServiceLevel.Standing.OVERDUE);
		assertThat(due.get(0).level().contactDue()).isEqualTo(today.minusDays(100).plusMonths(3));
		assertThat(due.get(1).standing()).isEqualTo(ServiceLevel.Standing.DUE_SOON);
		assertThat(this.serviceDue.overdueCount(owner)).isEqualTo(1);
		assertThat(this.serviceDue.of(owner, fine)).hasValueSatisfying((d) -> assertThat(d.standing())
			.isEqualTo(ServiceLevel.Standing.ON_TRACK));
		assertThat(this.tiering.distribution(owner).get(Tier.SILVER)).isEqualTo(3);
	}

	@Test
	void theDueListsNarrowedInTheDatabaseMissNoClientDueAroundEitherBoundary() {
		CurrentUser owner = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER",
				this.accounts.team()));
		LocalDate today = this.clients.service().today();
		for (int k = -3; k <= 3; k++) {
			// Silver: contact every 3 months. Around "due in 14 days" and around "due today".
			silverClientContacted(owner, "临界客户甲 " + k, today.plusDays(ServiceLevel.SOON_DAYS + k).minusMonths(3));
			silverClientContacted(owner, "临界客户乙 " + k, today.plusDays(k).minusMonths(3));
		}
		// Became a client half an hour into the day, three months back, in the firm's zone (the day before in UTC): due
		// today, not yesterday.
		long neverContacted = silverClientSince(owner, "从未联系客户", today.minusMonths(3));
		int faceToFaceMonths = this.jdbc.queryForObject("select face_to_face_months from tiering_rule "
				+ "where tier = 'DIAMOND' and version_id = (select max(id) from tiering_rule_version)", Integer.class);
		java.util.Map<Integer, Long> movedUpBy = new java.util.HashMap<>();
		for (int k = -1; k <= 1; k++) {
			// Called long ago, but moved up to Silver a day either side of three months back, half an hour into the
			// firm's day: the new tier's cadence runs from the change.
			long movedUp = silverClientContacted(owner, "升级客户 " + k, today.minusMonths(5));
			movedUpBy.put(k, movedUp);
			this.jdbc.update("insert into tiering_change (client_id, from_tier, to_tier, cause, assets, rule_version_id, "
					+ "changed_at) values (?, 'BRONZE', 'SILVER', 'RULES', 800000, "
					+ "(select max(id) from tiering_rule_version), ?)", movedUp,
					java.sql.Timestamp.from(today.minusMonths(3).plusDays(k).atTime(0, 30)
						.atZone(this.displayZone.zoneId()).toInstant()));
			// Diamond, called last week, met a day either side of the face-to-face months back.
			long diamond = silverClientContacted(owner, "钻石客户 " + k, today.minusDays(7));
			this.serviceLog.record(owner, diamond, new ServiceLog.Entry(ContactKind.MEETING,
					today.minusMonths(faceToFaceMonths).plusDays(k), "面谈", null, null));
			this.jdbc.update("update clients_client set tier = 'DIAMOND' where id = ?", diamond);
		}

		// Called on a month's last day: adding months clamps the day (31 January plus one month is 28 or 29 February).
		for (LocalDate monthEnd : new LocalDate[] { LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29),
				today.minusMonths(3).withDayOfMonth(today.minusMonths(3).lengthOfMonth()) }) {
			silverClientContacted(owner, "月末客户 " + monthEnd, monthEnd);
		}
		List<ServiceDue.Due> exact = this.serviceDue.all(owner);
		assertThat(exact).as("the day kept in the database is the day Java reckons, for every client")
			.allSatisfy((d) -> assertThat(dueDay(d.clientId())).as("client %d", d.clientId())
				.isEqualTo(d.level().nextDue()));
		assertThat(exact).extracting(ServiceDue.Due::standing)
			.as("the book straddles both boundaries")
			.contains(ServiceLevel.Standing.ON_TRACK, ServiceLevel.Standing.DUE_SOON, ServiceLevel.Standing.OVERDUE);
		assertThat(this.serviceDue.dueOrOverdue(owner))
			.containsExactlyElementsOf(exact.stream().filter((d) -> d.standing() != ServiceLevel.Standing.ON_TRACK).toList())
			.extracting(ServiceDue.Due::clientId).contains(neverContacted);
		assertThat(this.serviceDue.overdueCount(owner))
			.isEqualTo(exact.stream().filter((d) -> d.standing() == ServiceLevel.Standing.OVERDUE).count());
		assertThat(exact).filteredOn((d) -> movedUpBy.containsValue(d.clientId()))
			.as("the tier change of a day either side of three months back decides")
			.extracting(ServiceDue.Due::standing)
			.containsExactlyInAnyOrder(ServiceLevel.Standing.OVERDUE, ServiceLevel.Standing.DUE_SOON,
					ServiceLevel.Standing.DUE_SOON);
		assertThat(exact).filteredOn((d) -> d.lastFaceToFace() != null).extracting(ServiceDue.Due::standing)
			.as("Diamond clients either side of the face-to-face boundary")
			.contains(ServiceLevel.Standing.OVERDUE, ServiceLevel.Standing.DUE_SOON);
		// The start page's panel, counted in the database: the same counts, and the list's first few.
		List<ServiceDue.Due> due = this.serviceDue.dueOrOverdue(owner);
		for (int shown : new int[] { 3, 8, due.size() + 1 }) {
			ServiceDue.Summary summary = this.serviceDue.summary(owner, shown);
			assertThat(summary.mostOverdue()).containsExactlyElementsOf(due.subList(0, Math.min(shown, due.size())));
			assertThat(summary.dueOrOverdue()).isEqualTo(due.size());
			assertThat(summary.overdue()).isEqualTo(this.serviceDue.overdueCount(owner));
		}
		ServiceDue.Summary summary = this.serviceDue.summary(owner, 3);
		assertThat(summary.overdueByOwnerId()).containsExactly(java.util.Map.entry(owner.id(), summary.overdue()));
	}

	@Test
	void newRulesAndANewZoneReckonEveryClientsDueDayAgainAtOnce() {
		CurrentUser owner = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER",
				this.accounts.team()));
		LocalDate today = this.clients.service().today();
		long calledLately = silverClientContacted(owner, "新规则客户", today.minusDays(50));
		assertThat(this.serviceDue.dueOrOverdue(owner)).as("Silver: contact every three months").isEmpty();
		// Never contacted, became a client half an hour into the firm's day: in UTC, the day before. Mid-month, so that
		// adding months clamps neither day to a month's end.
		LocalDate came = today.minusMonths(2).withDayOfMonth(15);
		long neverContacted = silverClientSince(owner, "时区客户", came);
		assertThat(dueDay(neverContacted)).isEqualTo(came.plusMonths(3));
		LocalDate inUtc;
		try {
			assertThat(this.dueZone.useZone("UTC")).isTrue();
			inUtc = dueDay(neverContacted);
		}
		finally {
			this.dueZone.useZone(this.displayZone.zoneId().getId());
		}
		assertThat(inUtc).as("reckoned in the stored zone").isEqualTo(came.minusDays(1).plusMonths(3));
		assertThat(dueDay(neverContacted)).isEqualTo(came.plusMonths(3));
		assertThat(this.dueZone.useZone(this.displayZone.zoneId().getId())).as("already in that zone").isFalse();

		TierRuleSet before = this.rules.current();
		CurrentUser admin = this.clients.user(this.accounts.userWithSeededRole("ADMIN"));
		List<TierRule> monthly = silverContactEvery(before, 1);
		List<ServiceDue.Due> dueMonthly;
		ServiceDue.Summary summary;
		try {
			this.rules.save(admin, monthly, before.graceDays(), "银卡客户每月联系");
			dueMonthly = this.serviceDue.dueOrOverdue(owner);
			summary = this.serviceDue.summary(owner, 8);
		}
		finally {
			// The rules are the whole installation's: put them back for the other tests.
			this.rules.save(admin, new ArrayList<>(before.rules().values()), before.graceDays(), "测试后恢复");
		}
		assertThat(dueMonthly).as("both are a month and more past their last contact")
			.extracting(ServiceDue.Due::clientId).containsExactlyInAnyOrder(calledLately, neverContacted);
		assertThat(summary.dueOrOverdue()).isEqualTo(2);
		assertThat(summary.overdue()).isEqualTo(2);
		assertThat(this.serviceDue.dueOrOverdue(owner)).isEmpty();
		assertThat(this.serviceDue.summary(owner, 8).dueOrOverdue()).isZero();
	}

	@Test
	void newMonthsSavedWhileClientsAreBeingChangedGiveUpWithAMessageAndSaveNothing() throws Exception {
		long client = this.clients.individual(this.rm.username(), "导入中客户");
		TierRuleSet before = this.rules.current();
		CurrentUser admin = this.clients.user(this.accounts.userWithSeededRole("ADMIN"));
		long unchangedMonths = this.clients.whileRowHeld(client, () -> {
			// The same months (a threshold or the grace period changed): no client's due day moves, nothing waits.
			long saved = this.rules.save(admin, new ArrayList<>(before.rules().values()), before.graceDays(), "只改门槛");
			assertThatThrownBy(() -> this.rules.save(admin, silverContactEvery(before, 2), before.graceDays(),
					"导入期间改联系频率"))
				.isInstanceOfSatisfying(com.custodia.clients.ClientRuleException.class, (ex) -> assertThat(ex.problems())
					.extracting(com.custodia.web.FieldProblem::messageKey).containsExactly("tiering.rules.busy"));
			return saved;
		});
		assertThat(this.rules.current().versionId()).as("the new months were not saved").isEqualTo(unchangedMonths);
	}

	/** The rules with Silver clients to be contacted every {@code months}. */
	private static List<TierRule> silverContactEvery(TierRuleSet rules, int months) {
		return rules.rules().values().stream()
			.map((rule) -> (rule.tier() != Tier.SILVER) ? rule : new TierRule(rule.tier(), rule.minAssets(),
					rule.minExperienceYears(), rule.requiresValidAssessment(), months, rule.faceToFaceMonths()))
			.toList();
	}

	private LocalDate dueDay(long client) {
		return this.jdbc.queryForObject("select next_contact_due_on from clients_client where id = ?", LocalDate.class,
				client);
	}

	@Test
	void theServiceReportCountsEachRmsContactsAgainstTheirClientsServiceLevels() {
		CurrentUser owner = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER",
				this.lead.teamId()));
		LocalDate today = this.clients.service().today();
		silverClientContacted(owner, "报表将到期客户", today.minusDays(80));
		long overdue = silverClientContacted(owner, "报表已逾期客户", today.minusDays(100));
		silverClientContacted(owner, "报表正常客户", today.minusDays(10));
		this.serviceLog.record(owner, overdue, new ServiceLog.Entry(ContactKind.CARE_BIRTHDAY, today.minusDays(1), "生日祝福",
				null, null));
		ServiceReport.Figures figures = this.serviceReport.of(this.lead, BookFilter.NONE, today.minusDays(89), today,
				Locale.ENGLISH);
		assertThat(figures.teams()).as("the lead sees their own team only").singleElement();
		List<ServiceReport.Line> lines = figures.teams().get(0).lines();
		assertThat(figures.teams().get(0).total().clients()).as("the team's total adds up its RMs' lines")
			.isEqualTo(lines.stream().mapToLong(ServiceReport.Line::clients).sum());
		assertThat(lines).filteredOn((line) -> line.owner().equals(owner.displayName())).singleElement()
			.satisfies((line) -> {
				assertThat(line.clients()).isEqualTo(3);
				assertThat(line.contacts()).as("the calls of 80 and 10 days ago; not 100 days ago, not the care event")
					.isEqualTo(2);
				assertThat(line.overdue()).isEqualTo(1);
				assertThat(line.dueSoon()).isEqualTo(1);
			});
		assertThatThrownBy(() -> this.serviceReport.of(owner, BookFilter.NONE, today, today, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
	}

	private void releaseLock() {
		this.jdbc.update("update shedlock set lock_until = now() - interval '1 minute' where name = ?",
				TierRecomputation.LOCK);
	}

	private long silverClientContacted(CurrentUser owner, String name, LocalDate contactedOn) {
		long client = silverClient(owner, name);
		this.serviceLog.record(owner, client, new ServiceLog.Entry(ContactKind.CALL, contactedOn, "电话回访", null, null));
		return client;
	}

	/** A Silver client never contacted, who became a client half an hour into {@code came} in the firm's zone. */
	private long silverClientSince(CurrentUser owner, String name, LocalDate came) {
		long client = silverClient(owner, name);
		this.jdbc.update("update clients_client set created_at = ? where id = ?", java.sql.Timestamp
			.from(came.atTime(0, 30).atZone(this.displayZone.zoneId()).toInstant()), client);
		return client;
	}

	private long silverClient(CurrentUser owner, String name) {
		long client = this.clients.individual(owner.username(), name);
		this.ledger.register(owner, client, new PropertyLedger.Registration(PropertyType.CASH, "现金", "银行", "上海",
				Currency.CNY, new BigDecimal("800000.00"), null, null));
		return client;
	}

	private long register(long client, Currency currency, BigDecimal value) {
		return this.ledger.register(this.rm, client, new PropertyLedger.Registration(PropertyType.CASH, "现金账户",
				"托管银行", "上海分行", currency, value, null, null));
	}

	private Tier tier(long client) {
		return this.clients.service().get(this.rm, client).tier();
	}

}
