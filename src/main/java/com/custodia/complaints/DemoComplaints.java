package com.custodia.complaints;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

import com.custodia.database.ConditionalOnEmbeddedDatabase;
import com.custodia.web.DisplayZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo complaints (embedded database only): thirty over the last six months in every state, written as the flow
 * would have written them, with their timelines. Among them some overdue, two extended, two reopened and one paused.
 */
@Configuration(proxyBeanMethods = false)
class DemoComplaints {

	private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

	private record Story(ComplaintEnums.Category category, ComplaintEnums.Channel channel, String description) {
	}

	private static final List<Story> STORIES = List.of(
			new Story(ComplaintEnums.Category.FEES, ComplaintEnums.Channel.PHONE, "客户反映季度托管费较合同约定多收。"),
			new Story(ComplaintEnums.Category.SERVICE_ATTITUDE, ComplaintEnums.Channel.IN_PERSON, "客户称营业部柜员态度生硬，办理赎回等候过久。"),
			new Story(ComplaintEnums.Category.PRODUCT_MISSELLING, ComplaintEnums.Channel.REGULATOR_REFERRAL, "12378 转办：客户称购买 R4 产品时未被告知风险等级高于其测评结果。"),
			new Story(ComplaintEnums.Category.ACCOUNT_OR_PROPERTY_ERROR, ComplaintEnums.Channel.EMAIL, "客户对账单中一笔存入金额与银行回单不符。"),
			new Story(ComplaintEnums.Category.INFORMATION_DISCLOSURE, ComplaintEnums.Channel.LETTER, "客户认为基金费率调整未及时告知。"),
			new Story(ComplaintEnums.Category.PRIVACY, ComplaintEnums.Channel.ONLINE, "客户接到自称本行员工的推销电话，怀疑个人信息泄露。"),
			new Story(ComplaintEnums.Category.OTHER, ComplaintEnums.Channel.PHONE, "客户对理财沙龙活动安排不满。"));

	@Bean
	@Order(5)
	@ConditionalOnEmbeddedDatabase
	ApplicationRunner demoComplaintsLoader(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
			DisplayZone zone) {
		return (arguments) -> {
			if (jdbc.queryForObject("select count(*) from complaints_complaint", Long.class) > 0) {
				return;
			}
			List<Long> clients = jdbc.queryForList("select id from clients_client where status = 'ACTIVE' order by id",
					Long.class);
			List<Long> handlers = jdbc.queryForList("select id from access_user where username = 'cs1'", Long.class);
			if (clients.isEmpty() || handlers.isEmpty()) {
				return;
			}
			int written = transactions.execute((status) -> load(jdbc, clients, handlers.get(0), clock, zone.zoneId()));
			// The overdue ones were escalated by the hourly job the day after their deadline, as it would have.
			int escalated = jdbc.update("""
					with late as (update complaints_complaint set overdue_since = due_on + 1 where overdue_since is null
					    and paused_since is null and due_on < ? and state not in ('REPLIED', 'CLOSED')
					    returning id, state, due_on)
					insert into complaints_event (complaint_id, kind, state_after, note, by_name, at)
					select id, 'ESCALATED', state, null, 'system', ((due_on + 1) + time '01:05') at time zone ? from late""",
					java.sql.Date.valueOf(LocalDate.ofInstant(clock.instant(), zone.zoneId())), zone.zoneId().getId());
			log.info("Loaded demo complaints: {}, of which {} overdue and escalated", written, escalated);
		};
	}

	private static int load(JdbcTemplate jdbc, List<Long> clients, long handlerId, Clock clock, ZoneId zone) {
		Random random = new Random(20261123L);
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		for (int n = 0; n < 30; n++) {
			Story story = STORIES.get(n % STORIES.size());
			// Spread over six months, oldest first; the newest are still early in their flow.
			int age = 180 - n * 6;
			ZonedDateTime received = today.minusDays(age).atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(zone);
			Long client = (n % 10 == 7) ? null : clients.get(random.nextInt(clients.size()));
			boolean reopened = n == 6 || n == 20;
			int extensions = (n == 24) ? 1 : (n == 25) ? 2 : 0;
			ComplaintState state = stateFor(age, n, reopened);
			LocalDate startedOn = received.toLocalDate();
			long id = jdbc.queryForObject("""
					insert into complaints_complaint (code, client_id, complainant_name, complainant_contact, channel, category,
					    severity, description, state, received_at, received_by, started_on, acknowledge_due_on, due_on)
					values (?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, 'cs1', ?, ?, ?) returning id""", Long.class,
					String.format("CP%d-%06d", received.getYear(), jdbc.queryForObject(
							"select nextval('complaints_number_seq')", Long.class)),
					client, (client == null) ? "王先生（尚非客户）" : null, (client == null) ? "13911112222" : null,
					story.channel().name(), story.category().name(),
					(n % 5 == 0) ? "HIGH" : (n % 2 == 0) ? "MEDIUM" : "LOW", story.description(), ts(received),
					startedOn, ComplaintDeadlines.acknowledgementDue(startedOn, 1),
					ComplaintDeadlines.decisionDue(startedOn, 0, 0, false));
			Writer writer = new Writer(jdbc, id, received, new int[1]);
			writer.event("RECEIVED", ComplaintState.RECEIVED, null, 0);
			if (state == ComplaintState.RECEIVED) {
				continue;
			}
			writer.event("ACKNOWLEDGED", ComplaintState.ACKNOWLEDGED, "已电话告知投诉人受理及处理时限", 0);
			jdbc.update("update complaints_complaint set handler_id = ?, handler_name = '刘洋 Liu Yang' where id = ?",
					handlerId, id);
			writer.event("ASSIGNED", ComplaintState.ACKNOWLEDGED, "刘洋 Liu Yang", 0);
			if (state == ComplaintState.ACKNOWLEDGED) {
				writer.state(state);
				continue;
			}
			writer.event("INVESTIGATING", ComplaintState.INVESTIGATING, "调取业务记录及录音", 1);
			for (int level = 1; level <= extensions; level++) {
				writer.event("EXTENSION_REQUESTED", ComplaintState.INVESTIGATING, "需调取历史交易记录并外部核实", 4 * level);
				writer.event("EXTENSION_APPROVED", ComplaintState.INVESTIGATING, "同意延期，已告知投诉人", 4 * level);
				jdbc.update("insert into complaints_extension (complaint_id, level, reason, told_complainant, state, "
						+ "requested_by, requested_by_id, requested_at, decided_by, decided_by_id, decided_at) "
						+ "select ?, ?, '需调取历史交易记录并外部核实', true, 'APPROVED', 'cs1', ?, ?, 'lead1', u.id, ? "
						+ "from access_user u where u.username = 'lead1'", id, level, handlerId,
						ts(received.plusDays(4L * level)), ts(received.plusDays(4L * level)));
			}
			jdbc.update("update complaints_complaint set extensions = ?, due_on = ? where id = ?", extensions,
					ComplaintDeadlines.decisionDue(startedOn, extensions, 0, false), id);
			if (n == 27) {
				writer.event("PAUSED", ComplaintState.INVESTIGATING, "送交第三方机构鉴定签名真伪", 2);
				jdbc.update("update complaints_complaint set paused_since = ? where id = ?", received.toLocalDate()
					.plusDays(2), id);
			}
			if (state == ComplaintState.INVESTIGATING) {
				writer.state(state);
				continue;
			}
			// Most are decided within 15 days; a few took longer (the report shows the share).
			int decidedAfter = Math.min(age - 1, (n % 7 == 3) ? 17 + random.nextInt(8) : 5 + random.nextInt(10));
			ComplaintEnums.Finding finding = ComplaintEnums.Finding.values()[random.nextInt(3)];
			BigDecimal compensation = (finding == ComplaintEnums.Finding.UPHELD) ? BigDecimal.valueOf(500 + random.nextInt(5000))
					: null;
			jdbc.update("update complaints_complaint set finding = ?, remedy = ?, compensation = ?, compensation_approved = ?, "
					+ "reply = ?, decided_at = ? where id = ?", finding.name(),
					(finding == ComplaintEnums.Finding.NOT_UPHELD) ? null : "书面致歉并退还相关费用", compensation,
					(compensation != null) ? Boolean.TRUE : null,
					"经核查，" + ((finding == ComplaintEnums.Finding.NOT_UPHELD) ? "相关业务办理符合规定，未发现差错。"
							: "情况属实，已按规定处理。"), ts(received.plusDays(decidedAfter)), id);
			writer.event("DECIDED", ComplaintState.DECIDED, finding.messageKey() + "|"
					+ ((compensation != null) ? compensation.toPlainString() : ""), decidedAfter);
			if (state == ComplaintState.DECIDED) {
				writer.state(state);
				continue;
			}
			int repliedAfter = decidedAfter + 1;
			jdbc.update("update complaints_complaint set replied_at = ? where id = ?", ts(received.plusDays(repliedAfter)), id);
			writer.event("REPLIED", ComplaintState.REPLIED, "书面答复已邮寄并电话告知", repliedAfter);
			if (state == ComplaintState.REPLIED) {
				writer.state(state);
				continue;
			}
			ComplaintEnums.Satisfaction satisfaction = ComplaintEnums.Satisfaction.values()[random.nextInt(3)];
			jdbc.update("update complaints_complaint set satisfaction = ?, escalated_elsewhere = ?, closed_at = ? where id = ?",
					satisfaction.name(), satisfaction == ComplaintEnums.Satisfaction.DISSATISFIED && n % 3 == 0,
					ts(received.plusDays(repliedAfter + 7)), id);
			writer.event("CLOSED", ComplaintState.CLOSED, satisfaction.messageKey() + "|回访完成", repliedAfter + 7);
			if (reopened) {
				LocalDate reopenedOn = received.toLocalDate().plusDays(repliedAfter + 20);
				writer.event("REOPENED", ComplaintState.REOPENED, "客户提供新的转账凭证，要求重新核查", repliedAfter + 20);
				jdbc.update("update complaints_complaint set started_on = ?, due_on = ?, finding = null, remedy = null, "
						+ "compensation = null, compensation_approved = null, reply = null, decided_at = null, replied_at = null, "
						+ "satisfaction = null, escalated_elsewhere = null, closed_at = null where id = ?", reopenedOn,
						ComplaintDeadlines.decisionDue(reopenedOn, 0, 0, false), id);
				if (n == 20) {
					writer.event("INVESTIGATING", ComplaintState.INVESTIGATING, "重新调查", repliedAfter + 21);
					writer.state(ComplaintState.INVESTIGATING);
				}
				else {
					writer.state(ComplaintState.REOPENED);
				}
				continue;
			}
			writer.state(state);
		}
		return 30;
	}

	/** Where a complaint of this age stands: the older, the further along; a few left behind (and so overdue). */
	private static ComplaintState stateFor(int age, int n, boolean reopened) {
		if (reopened) {
			return ComplaintState.CLOSED;
		}
		if (n == 24 || n == 25 || n == 27) {
			return ComplaintState.INVESTIGATING;
		}
		if (age <= 12) {
			return (n % 2 == 0) ? ComplaintState.RECEIVED : ComplaintState.ACKNOWLEDGED;
		}
		if (age <= 30) {
			return (n % 3 == 2) ? ComplaintState.DECIDED : ComplaintState.INVESTIGATING;
		}
		if (n == 9 || n == 14) {
			// Left behind: overdue.
			return ComplaintState.INVESTIGATING;
		}
		return (n % 4 == 0) ? ComplaintState.REPLIED : ComplaintState.CLOSED;
	}

	private static Timestamp ts(ZonedDateTime at) {
		return Timestamp.from(at.toInstant());
	}

	/** Writes a demo complaint's timeline, each step some days after receipt. */
	private record Writer(JdbcTemplate jdbc, long id, ZonedDateTime received, int[] steps) {

		void event(String kind, ComplaintState stateAfter, String note, int daysAfter) {
			this.jdbc.update("insert into complaints_event (complaint_id, kind, state_after, note, by_name, at) "
					+ "values (?, ?, ?, ?, ?, ?)", this.id, kind, stateAfter.name(), note,
					kind.startsWith("EXTENSION_APPROVED") ? "lead1" : "cs1",
					ts(this.received.plusDays(daysAfter).plusMinutes(5L * this.steps[0]++)));
		}

		void state(ComplaintState state) {
			this.jdbc.update("update complaints_complaint set state = ? where id = ?", state.name(), this.id);
		}

	}

}
