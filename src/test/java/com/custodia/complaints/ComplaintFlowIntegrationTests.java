package com.custodia.complaints;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.custodia.clients.ClientFixtures;
import com.custodia.security.CurrentUser;
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

/** A complaint's flow against PostgreSQL: steps in order, deadlines, extensions, pauses, compensation, reopening, scope. */
@CustodiaIntegrationTest
class ComplaintFlowIntegrationTests {

	@Autowired
	Complaints complaints;

	@Autowired
	ComplaintQueries queries;

	@Autowired
	ComplaintSettings settings;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser cs;

	CurrentUser rm;

	CurrentUser lead;

	LocalDate today;

	@BeforeEach
	void people() {
		long team = this.accounts.team();
		this.cs = this.clients.user(this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		this.rm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team));
		this.lead = this.clients.user(this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team));
		this.today = this.clients.service().today();
	}

	@Test
	void aComplaintGoesStepByStepAndNothingIsSkipped() {
		long client = this.clients.individual(this.rm.username(), "投诉流程客户");
		long id = intake(client);
		Complaint received = this.queries.get(this.cs, id);
		assertThat(received.state()).isEqualTo(ComplaintState.RECEIVED);
		assertThat(received.dueOn()).isEqualTo(this.today.plusDays(15));
		assertThat(received.acknowledgeDueOn()).isEqualTo(ComplaintDeadlines.plusBusinessDays(this.today, 1));
		assertThatThrownBy(() -> this.complaints.close(this.cs, id, ComplaintEnums.Satisfaction.SATISFIED, false, null))
			.hasMessageContaining("complaint.transitionInvalid");
		assertThatThrownBy(() -> this.complaints.reply(this.cs, id, "先答复")).hasMessageContaining("transitionInvalid");
		this.complaints.acknowledge(this.cs, id, "已电话告知客户已受理");
		assertThatThrownBy(() -> this.complaints.investigate(this.cs, id, "开始调查")).hasMessageContaining("assignFirst");
		this.complaints.assign(this.cs, id, this.cs.id(), null);
		this.complaints.investigate(this.cs, id, "调取通话录音");
		assertThatThrownBy(() -> this.complaints.reply(this.cs, id, "答复")).as("no reply before a decision")
			.hasMessageContaining("transitionInvalid");
		assertThatThrownBy(() -> this.complaints.decide(this.cs, id, new Complaints.Decision(ComplaintEnums.Finding.UPHELD,
				" ", null, "答复"))).hasMessageContaining("client.required");
		this.complaints.decide(this.cs, id, new Complaints.Decision(ComplaintEnums.Finding.PARTLY_UPHELD, "退还当月管理费",
				new BigDecimal("800.00"), "经核查，收费说明不够清楚，退还当月管理费 800 元。"));
		this.complaints.reply(this.cs, id, "已邮寄书面答复");
		this.complaints.close(this.cs, id, ComplaintEnums.Satisfaction.SATISFIED, false, "客户表示满意");
		Complaint closed = this.queries.get(this.cs, id);
		assertThat(closed.state()).isEqualTo(ComplaintState.CLOSED);
		assertThat(this.queries.timeline(this.cs, id)).extracting(ComplaintQueries.Event::kind).containsExactly("RECEIVED",
				"ACKNOWLEDGED", "ASSIGNED", "INVESTIGATING", "DECIDED", "REPLIED", "CLOSED");
		assertThatThrownBy(() -> this.jdbc.update("delete from complaints_event where complaint_id = ?", id))
			.hasMessageContaining("cannot be changed");

		// New facts: a new deadline from today, the decision to make again.
		this.complaints.reopen(this.cs, id, "客户补充：另有一笔费用未说明");
		Complaint reopened = this.queries.get(this.cs, id);
		assertThat(reopened.state()).isEqualTo(ComplaintState.REOPENED);
		assertThat(reopened.startedOn()).isEqualTo(this.today);
		assertThat(reopened.dueOn()).isEqualTo(this.today.plusDays(15));
		assertThat(reopened.finding()).isNull();
	}

	@Test
	void extensionsNeedAReasonTheComplainantToldAndAnotherManagersApproval() {
		long id = intake(this.clients.individual(this.rm.username(), "投诉延期客户"));
		this.complaints.acknowledge(this.cs, id, null);
		assertThatThrownBy(() -> this.complaints.requestExtension(this.cs, id, "案情复杂", false))
			.hasMessageContaining("complaint.extension.tellComplainant");
		long first = this.complaints.requestExtension(this.cs, id, "需调取三年交易记录", true);
		assertThatThrownBy(() -> this.complaints.requestExtension(this.cs, id, "再申请", true))
			.hasMessageContaining("alreadyPending");
		assertThatThrownBy(() -> this.complaints.decideExtension(this.cs, first, true, null))
			.isInstanceOf(AccessDeniedException.class);
		this.complaints.decideExtension(this.lead, first, true, "同意延至 30 日");
		assertThat(this.queries.get(this.cs, id).dueOn()).isEqualTo(this.today.plusDays(30));
		long second = this.complaints.requestExtension(this.cs, id, "需外部鉴定", true);
		assertThatThrownBy(() -> this.complaints.decideExtension(this.lead, second, false, " "))
			.hasMessageContaining("client.required");
		this.complaints.decideExtension(this.lead, second, true, "同意再延 30 日");
		assertThat(this.queries.get(this.cs, id).dueOn()).isEqualTo(this.today.plusDays(60));
		assertThatThrownBy(() -> this.complaints.requestExtension(this.cs, id, "第三次", true))
			.hasMessageContaining("complaint.extension.noMore");

		// Someone who both handles and approves still cannot approve their own request.
		CurrentUser handlingLead = handlingLead();
		long own = intake(this.clients.individual(this.rm.username(), "投诉延期客户二"));
		assertThatThrownBy(() -> this.complaints.requestExtension(handlingLead, own, "尚未确认受理", true))
			.hasMessageContaining("complaint.extension.notNow");
		this.complaints.acknowledge(handlingLead, own, null);
		long asked = this.complaints.requestExtension(handlingLead, own, "主管自己申请", true);
		assertThatThrownBy(() -> this.complaints.decideExtension(handlingLead, asked, true, "自批"))
			.hasMessageContaining("complaint.extension.ownRequest");

		// A request still waiting when the complaint is decided no longer applies.
		long decided = intake(this.clients.individual(this.rm.username(), "投诉延期客户三"));
		this.complaints.acknowledge(this.cs, decided, null);
		this.complaints.assign(this.cs, decided, this.cs.id(), null);
		this.complaints.investigate(this.cs, decided, null);
		long late = this.complaints.requestExtension(this.cs, decided, "等待外部材料", true);
		this.complaints.decide(this.cs, decided, new Complaints.Decision(ComplaintEnums.Finding.NOT_UPHELD, null, null,
				"经核查不成立。"));
		assertThatThrownBy(() -> this.complaints.decideExtension(this.lead, late, true, "同意"))
			.hasMessageContaining("complaint.extension.notPending");
		assertThat(this.queries.get(this.cs, decided).dueOn()).isEqualTo(this.today.plusDays(15));
	}

	@Test
	void aPauseForAnAppraisalMovesTheDeadlineByTheDaysPaused() {
		long id = intake(this.clients.individual(this.rm.username(), "投诉暂停客户"));
		this.complaints.acknowledge(this.cs, id, null);
		this.complaints.assign(this.cs, id, this.cs.id(), null);
		this.complaints.investigate(this.cs, id, null);
		assertThatThrownBy(() -> this.complaints.pause(this.cs, id, " ")).hasMessageContaining("pauseReason");
		this.complaints.pause(this.cs, id, "送交外部司法鉴定");
		// As if the appraisal started six days ago.
		this.jdbc.update("update complaints_complaint set paused_since = ? where id = ?", this.today.minusDays(6), id);
		assertThatThrownBy(() -> this.complaints.decide(this.cs, id, new Complaints.Decision(
				ComplaintEnums.Finding.NOT_UPHELD, null, null, "答复"))).hasMessageContaining("resumeFirst");
		this.complaints.resume(this.cs, id, "鉴定报告已收到");
		Complaint resumed = this.queries.get(this.cs, id);
		assertThat(resumed.pausedDays()).isEqualTo(6);
		assertThat(resumed.dueOn()).isEqualTo(this.today.plusDays(21));
	}

	@Test
	void anApproverSeesWhatWaitsForThemInTheirScopeOldestFirstUntilDecided() {
		ComplaintQueries.Summary before = this.queries.summary(this.lead);
		long plain = intake(this.clients.individual(this.rm.username(), "待批客户一"));
		long extension = intake(this.clients.individual(this.rm.username(), "待批客户二"));
		this.complaints.acknowledge(this.cs, extension, null);
		long request = this.complaints.requestExtension(this.cs, extension, "需调取交易记录", true);
		long compensation = intake(this.clients.individual(this.rm.username(), "待批客户三"));
		this.complaints.acknowledge(this.cs, compensation, null);
		this.complaints.assign(this.cs, compensation, this.cs.id(), null);
		this.complaints.investigate(this.cs, compensation, null);
		this.complaints.decide(this.cs, compensation, new Complaints.Decision(ComplaintEnums.Finding.UPHELD, "赔偿损失",
				new BigDecimal("50000.00"), "赔偿 50,000 元。"));
		CurrentUser otherRm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER",
				this.accounts.team()));
		long otherTeam = intake(this.clients.individual(otherRm.username(), "他组待批客户"));
		this.complaints.acknowledge(this.cs, otherTeam, null);
		this.complaints.requestExtension(this.cs, otherTeam, "他组延期", true);

		assertThat(this.queries.awaitingApproval(this.lead, 100)).extracting(Complaint::id)
			.containsSubsequence(extension, compensation).doesNotContain(plain, otherTeam);
		// The start page's counts say the same: the three open in the lead's team, one of each waiting, not the
		// other team's.
		ComplaintQueries.Summary waiting = this.queries.summary(this.lead);
		assertThat(waiting.open() - before.open()).isEqualTo(3);
		assertThat(waiting.extensionsWaiting() - before.extensionsWaiting()).isEqualTo(1);
		assertThat(waiting.compensationsWaiting() - before.compensationsWaiting()).isEqualTo(1);
		this.complaints.decideExtension(this.lead, request, true, "同意");
		this.complaints.approveCompensation(this.lead, compensation, "同意赔偿");
		ComplaintQueries.Summary decided = this.queries.summary(this.lead);
		assertThat(decided.extensionsWaiting()).isEqualTo(before.extensionsWaiting());
		assertThat(decided.compensationsWaiting()).isEqualTo(before.compensationsWaiting());
		assertThat(this.queries.awaitingApproval(this.lead, 100)).extracting(Complaint::id)
			.doesNotContain(extension, compensation);
	}

	@Test
	void aCompensationAboveTheThresholdWaitsForAnotherManagerBeforeTheReply() {
		long id = intake(this.clients.individual(this.rm.username(), "投诉赔偿客户"));
		this.complaints.acknowledge(this.cs, id, null);
		this.complaints.assign(this.cs, id, this.cs.id(), null);
		this.complaints.investigate(this.cs, id, null);
		this.complaints.decide(this.cs, id, new Complaints.Decision(ComplaintEnums.Finding.UPHELD, "赔偿损失",
				new BigDecimal("50000.00"), "经核查属实，赔偿 50,000 元。"));
		assertThat(this.queries.get(this.cs, id).isCompensationWaiting()).isTrue();
		assertThatThrownBy(() -> this.complaints.reply(this.cs, id, "答复")).hasMessageContaining("compensation.waiting");
		CurrentUser handlingLead = handlingLead();
		long own = intake(this.clients.individual(this.rm.username(), "投诉赔偿客户二"));
		this.complaints.acknowledge(handlingLead, own, null);
		this.complaints.assign(handlingLead, own, this.cs.id(), null);
		this.complaints.investigate(handlingLead, own, null);
		this.complaints.decide(handlingLead, own, new Complaints.Decision(ComplaintEnums.Finding.UPHELD, "赔偿",
				new BigDecimal("20000.00"), "赔偿 20,000 元。"));
		assertThatThrownBy(() -> this.complaints.approveCompensation(handlingLead, own, "自批"))
			.hasMessageContaining("complaint.compensation.ownDecision");
		this.complaints.approveCompensation(this.lead, id, "同意赔偿");
		this.complaints.reply(this.cs, id, "已答复");
		assertThat(this.queries.get(this.cs, id).state()).isEqualTo(ComplaintState.REPLIED);
	}

	@Test
	void anRmSeesTheirClientsComplaintsAndNoOneElses() {
		long mine = intake(this.clients.individual(this.rm.username(), "投诉范围客户"));
		CurrentUser other = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER",
				this.accounts.team()));
		assertThat(this.queries.get(this.rm, mine).id()).isEqualTo(mine);
		assertThatThrownBy(() -> this.queries.get(other, mine)).isInstanceOf(RecordNotFoundException.class);
		long stranger = this.complaints.intake(this.cs, new Complaints.Intake(null, "路人甲", "13800000000",
				ComplaintEnums.Channel.PHONE, ComplaintEnums.Category.SERVICE_ATTITUDE, ComplaintEnums.Severity.LOW,
				"营业厅排队时间过长", null, null));
		assertThatThrownBy(() -> this.queries.get(this.rm, stranger)).isInstanceOf(RecordNotFoundException.class);
		assertThat(this.queries.get(this.lead, stranger).id()).as("an approver sees complaints from non-clients")
			.isEqualTo(stranger);
		assertThat(this.queries.get(this.cs, stranger).complainantName()).isEqualTo("路人甲");
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		assertThatThrownBy(() -> this.queries.get(finance, mine)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'COMPLAINT_VIEWED' "
				+ "and target_id = ?", Long.class, String.valueOf(mine))).isEqualTo(1);
	}

	@Test
	void whenTheFirmCountsBusinessDaysANewComplaintIsDueIn15BusinessDays() {
		CurrentUser admin = this.clients.user(this.accounts.userWithSeededRole("ADMIN"));
		ComplaintSettings.Settings before = this.settings.current();
		try {
			assertThatThrownBy(() -> this.settings.save(admin, 0, true, before.compensationThreshold()))
				.hasMessageContaining("complaint.settings.daysInvalid");
			this.settings.save(admin, 2, true, before.compensationThreshold());
			long id = intake(this.clients.individual(this.rm.username(), "投诉工作日客户"));
			Complaint complaint = this.queries.get(this.cs, id);
			assertThat(complaint.dueOn()).isEqualTo(ComplaintDeadlines.plusBusinessDays(this.today, 15));
			assertThat(complaint.acknowledgeDueOn()).isEqualTo(ComplaintDeadlines.plusBusinessDays(this.today, 2));
		}
		finally {
			this.settings.save(admin, before.acknowledgeBusinessDays(), before.countBusinessDays(),
					before.compensationThreshold());
		}
	}

	@Test
	void aComplaintThatArrivedEarlierIsDueFromTheDayItArrived() {
		long client = this.clients.individual(this.rm.username(), "投诉补登客户");
		assertThatThrownBy(() -> this.complaints.intake(this.cs, new Complaints.Intake(client, null, null,
				ComplaintEnums.Channel.LETTER, ComplaintEnums.Category.FEES, ComplaintEnums.Severity.LOW, "来信",
				null, null, this.today.plusDays(1)))).hasMessageContaining("complaint.receivedOnInvalid");
		long id = this.complaints.intake(this.cs, new Complaints.Intake(client, null, null, ComplaintEnums.Channel.LETTER,
				ComplaintEnums.Category.FEES, ComplaintEnums.Severity.LOW, "三天前收到的来信", null, null,
				this.today.minusDays(3)));
		Complaint complaint = this.queries.get(this.cs, id);
		assertThat(complaint.startedOn()).isEqualTo(this.today.minusDays(3));
		assertThat(complaint.dueOn()).isEqualTo(this.today.plusDays(12));
	}

	private CurrentUser handlingLead() {
		java.util.Set<com.custodia.security.Permission> both = java.util.EnumSet.copyOf(this.lead.permissions());
		both.add(com.custodia.security.Permission.COMPLAINT_HANDLE);
		return new CurrentUser(this.lead.id(), this.lead.username(), this.lead.displayName(), this.lead.teamId(),
				this.lead.roles(), both, false);
	}

	private long intake(long client) {
		return this.complaints.intake(this.cs, new Complaints.Intake(client, null, null, ComplaintEnums.Channel.PHONE,
				ComplaintEnums.Category.FEES, ComplaintEnums.Severity.MEDIUM, "客户认为管理费收取不透明", null, null));
	}

}
