package com.custodia.complaints;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks open complaints whose decision and reply are late (a paused count is not late): once each, with an "escalated" step on the timeline and an
 * audit event, so the lateness is on record even if the complaint is answered later. Hourly, once across instances.
 */
@Component
public class ComplaintEscalation {

	private static final Logger log = LoggerFactory.getLogger(ComplaintEscalation.class);

	private final JdbcTemplate jdbc;

	private final ClientService clients;

	private final AuditTrail audit;

	private final Clock clock;

	ComplaintEscalation(JdbcTemplate jdbc, ClientService clients, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${custodia.complaints.escalation-cron:0 5 * * * *}",
			zone = "${custodia.display-time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "complaint-escalation", lockAtMostFor = "PT30M")
	public void hourly() {
		escalateOverdue();
	}

	/** Flags every open complaint due before today that is not flagged yet; answers how many. */
	@Transactional
	public int escalateOverdue() {
		LocalDate today = this.clients.today();
		List<Long[]> late = this.jdbc.query("update complaints_complaint set overdue_since = ? where overdue_since is null "
				+ "and due_on < ? and paused_since is null and state not in ('REPLIED', 'CLOSED') returning id, client_id",
				(rs, row) -> new Long[] { rs.getLong(1), (Long) rs.getObject(2) }, Date.valueOf(today), Date.valueOf(today));
		Timestamp now = Timestamp.from(this.clock.instant());
		for (Long[] complaint : late) {
			this.jdbc.update("insert into complaints_event (complaint_id, kind, state_after, note, by_name, at) "
					+ "select id, 'ESCALATED', state, null, 'system', ? from complaints_complaint where id = ?", now,
					complaint[0]);
			this.audit.record(AuditEntry.of("COMPLAINT_ESCALATED").target("COMPLAINT", complaint[0]).client(complaint[1])
				.actor("system", List.of()).detail("overdue since " + today));
		}
		if (!late.isEmpty()) {
			log.info("Escalated {} overdue complaint(s)", late.size());
		}
		return late.size();
	}

}
