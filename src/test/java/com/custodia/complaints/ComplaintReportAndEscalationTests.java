package com.custodia.complaints;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.custodia.clients.BookFilter;
import com.custodia.clients.ClientFixtures;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.KeptCounts;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The escalation job, and the report's figures against complaints whose dates and outcomes are known. */
@CustodiaIntegrationTest
class ComplaintReportAndEscalationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	Complaints complaints;

	@Autowired
	ComplaintQueries queries;

	@Autowired
	ComplaintReport report;

	@Autowired
	ComplaintEscalation escalation;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ComplaintCountZone countZone;

	@Test
	void anOverdueComplaintIsEscalatedOnceWithAStepOnItsTimeline() {
		CurrentUser cs = this.clients.user(this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		long late = intake(cs, ComplaintEnums.Category.FEES, ComplaintEnums.Channel.PHONE);
		long onTime = intake(cs, ComplaintEnums.Category.FEES, ComplaintEnums.Channel.PHONE);
		long paused = intake(cs, ComplaintEnums.Category.FEES, ComplaintEnums.Channel.PHONE);
		this.complaints.acknowledge(cs, paused, null);
		this.complaints.assign(cs, paused, cs.id(), null);
		this.complaints.investigate(cs, paused, null);
		this.complaints.pause(cs, paused, "外部鉴定");
		LocalDate today = this.clients.service().today();
		this.jdbc.update("update complaints_complaint set due_on = ? where id in (?, ?)", today.minusDays(1), late, paused);
		this.escalation.escalateOverdue();
		this.escalation.escalateOverdue();
		assertThat(this.queries.get(cs, late).overdueSince()).isEqualTo(today);
		assertThat(this.queries.get(cs, onTime).overdueSince()).isNull();
		assertThat(this.queries.get(cs, paused).overdueSince()).as("a paused count is not late").isNull();
		assertThat(this.queries.timeline(cs, late)).filteredOn((event) -> event.kind().equals("ESCALATED")).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'COMPLAINT_ESCALATED' "
				+ "and target_id = ?", Long.class, String.valueOf(late))).isEqualTo(1);
		assertThat(this.queries.search(cs, new ComplaintQueries.Filter(null, null, null, null, true, null, null, null),
				org.springframework.data.domain.PageRequest.of(0, 500)).getContent()).extracting(Complaint::id)
			.contains(late).doesNotContain(onTime);
	}

	@Test
	void theReportCountsKnownComplaintsOfAPastPeriod() {
		CurrentUser cs = this.clients.user(this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		CurrentUser compliance = this.clients.user(this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		// Four complaints received in March 2001: two fees by phone, one privacy online, one fees by letter.
		long a = intake(cs, ComplaintEnums.Category.FEES, ComplaintEnums.Channel.PHONE);
		long b = intake(cs, ComplaintEnums.Category.FEES, ComplaintEnums.Channel.PHONE);
		long c = intake(cs, ComplaintEnums.Category.PRIVACY, ComplaintEnums.Channel.ONLINE);
		long d = intake(cs, ComplaintEnums.Category.FEES, ComplaintEnums.Channel.LETTER);
		receivedOn(a, LocalDate.of(2001, 3, 1));
		receivedOn(b, LocalDate.of(2001, 3, 10));
		receivedOn(c, LocalDate.of(2001, 4, 2));
		receivedOn(d, LocalDate.of(2001, 4, 20));
		// a: upheld, decided on day 10, replied on day 12, satisfied; b: not upheld, decided on day 20, replied day 21.
		decided(a, "UPHELD", LocalDate.of(2001, 3, 11), LocalDate.of(2001, 3, 13), "SATISFIED");
		decided(b, "NOT_UPHELD", LocalDate.of(2001, 3, 30), LocalDate.of(2001, 3, 31), "DISSATISFIED");
		ComplaintReport.Figures figures = this.report.of(compliance, BookFilter.NONE, LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31));
		assertThat(figures.received()).isEqualTo(4);
		assertThat(figures.byCategory()).containsEntry("FEES", 3L).containsEntry("PRIVACY", 1L);
		assertThat(figures.byCategory().keySet()).first().isEqualTo("FEES");
		assertThat(figures.byChannel()).containsEntry("PHONE", 2L).containsEntry("ONLINE", 1L).containsEntry("LETTER", 1L);
		assertThat(figures.byFinding()).containsEntry("UPHELD", 1L).containsEntry("NOT_UPHELD", 1L).hasSize(2);
		assertThat(figures.byMonth()).containsExactly(java.util.Map.entry("2001-03", 2L), java.util.Map.entry("2001-04", 2L));
		assertThat(figures.decided()).isEqualTo(2);
		assertThat(figures.decidedWithin15()).isEqualTo(1);
		assertThat(figures.shareWithin15()).isEqualByComparingTo("50.0");
		assertThat(figures.averageDays()).isEqualByComparingTo("16.5");
		assertThat(figures.longestDays()).isEqualTo(21);
		assertThat(figures.bySatisfaction()).containsEntry("SATISFIED", 1L).containsEntry("DISSATISFIED", 1L);
		assertThat(this.report.of(compliance, BookFilter.NONE, LocalDate.of(2001, 4, 1), LocalDate.of(2001, 4, 30)).received())
			.isEqualTo(2);
	}

	@Test
	void theFirmsCountsByCategoryFollowEachComplaintToItsDayAndCategoryAndEqualARecount() {
		CurrentUser cs = this.clients.user(this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		CurrentUser compliance = this.clients.user(this.accounts.userWithSeededRole("COMPLIANCE_OFFICER"));
		LocalDate day = LocalDate.of(2002, 5, 31);
		LocalDate next = day.plusDays(1);
		long a = intake(cs, ComplaintEnums.Category.FEES, ComplaintEnums.Channel.PHONE);
		long b = intake(cs, ComplaintEnums.Category.FEES, ComplaintEnums.Channel.PHONE);
		long c = intake(cs, ComplaintEnums.Category.PRIVACY, ComplaintEnums.Channel.ONLINE);
		for (long id : new long[] { a, b, c }) {
			receivedOn(id, day);
		}
		assertThat(this.report.byCategory(compliance, day, day)).containsExactly(Map.entry("FEES", 2L),
				Map.entry("PRIVACY", 1L));
		this.jdbc.update("update complaints_complaint set category = 'PRIVACY' where id = ?", b);
		assertThat(this.report.byCategory(compliance, day, day)).containsExactly(Map.entry("PRIVACY", 2L),
				Map.entry("FEES", 1L));
		// Half past midnight on 1 June in Shanghai, still 31 May in UTC.
		this.jdbc.update("update complaints_complaint set received_at = ? where id = ?",
				Timestamp.from(next.atTime(0, 30).atZone(SHANGHAI).toInstant()), c);
		assertThat(this.report.byCategory(compliance, day, day)).containsExactly(Map.entry("FEES", 1L),
				Map.entry("PRIVACY", 1L));
		assertThat(this.report.byCategory(compliance, next, next)).containsExactly(Map.entry("PRIVACY", 1L));
		assertThat(this.report.byCategory(compliance, day, next))
			.isEqualTo(this.report.of(compliance, BookFilter.NONE, day, next).byCategory());
		// A reader of one team's complaints still counts only what they may see: none of these non-clients'.
		String teamReader = this.accounts.user(Permission.COMPLAINT_READ, Permission.REPORT_COMPLAINTS,
				Permission.CLIENT_READ, Permission.CLIENT_SCOPE_TEAM);
		this.jdbc.update("update access_user set team_id = ? where username = ?", this.accounts.team(), teamReader);
		assertThat(this.report.byCategory(this.clients.user(teamReader), day, next)).isEmpty();
		LocalDate today = this.clients.service().today();
		assertThat(this.report.byCategory(compliance, today.minusMonths(12), today))
			.isEqualTo(this.report.of(compliance, BookFilter.NONE, today.minusMonths(12), today).byCategory());
		assertThatCountsEqualARecountFromTheComplaints();
		try {
			assertThat(this.countZone.useZone("UTC")).isTrue();
			assertThat(this.jdbc.queryForObject("select sum(received) from complaints_received_day where day = ?",
					Long.class, day)).isEqualTo(3);
			assertThatCountsEqualARecountFromTheComplaints();
		}
		finally {
			assertThat(this.countZone.useZone(SHANGHAI.getId())).isTrue();
		}
		assertThat(this.report.byCategory(compliance, next, next)).containsExactly(Map.entry("PRIVACY", 1L));
		assertThatCountsEqualARecountFromTheComplaints();
	}

	/** Every day's counts, whatever wrote the complaints (demo data, other tests), against the complaints. */
	private void assertThatCountsEqualARecountFromTheComplaints() {
		String recount = "select (c.received_at at time zone z.zone)::date, c.category, count(*)::integer "
				+ "from complaints_complaint c cross join complaints_count_zone z group by 1, 2";
		KeptCounts.assertEqualToRecount(this.jdbc, recount,
				"select day, category, received from complaints_received_day where received <> 0");
	}

	private long intake(CurrentUser cs, ComplaintEnums.Category category, ComplaintEnums.Channel channel) {
		return this.complaints.intake(cs, new Complaints.Intake(null, "报表测试投诉人", "13800001111", channel, category,
				ComplaintEnums.Severity.LOW, "报表测试", null, null));
	}

	private void receivedOn(long id, LocalDate day) {
		this.jdbc.update("update complaints_complaint set received_at = ?, started_on = ? where id = ?",
				java.sql.Timestamp.from(day.atTime(10, 0).atZone(SHANGHAI).toInstant()), day, id);
	}

	private void decided(long id, String finding, LocalDate decidedOn, LocalDate repliedOn, String satisfaction) {
		this.jdbc.update("update complaints_complaint set state = 'CLOSED', finding = ?, decided_at = ?, replied_at = ?, "
				+ "satisfaction = ?, compensation = ? where id = ?", finding,
				java.sql.Timestamp.from(decidedOn.atTime(10, 0).atZone(SHANGHAI).toInstant()),
				java.sql.Timestamp.from(repliedOn.atTime(10, 0).atZone(SHANGHAI).toInstant()), satisfaction,
				BigDecimal.ZERO, id);
	}

}
