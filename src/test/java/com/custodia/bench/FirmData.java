package com.custodia.bench;

import java.util.ArrayList;
import java.util.List;

import com.custodia.support.TestAccounts;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A large firm written straight into PostgreSQL with set-based SQL ({@code generate_series}), reproducible (every
 * value follows from the row's number; {@code setseed} fixes the few random ones): {@code teams} teams of
 * {@code rmsPerTeam} RMs and a lead each, {@code clients} clients spread over the RMs (tiers, risk levels about 14
 * months deep so some have expired, a last contact within 200 days), three pieces of property per client with one
 * million ledger entries at the default scale, and a complaint for every fifth client. Users get the seeded roles and
 * the test password, so benchmarks sign in as them.
 */
final class FirmData {

	/** Who to sign in as: the first team's RMs and lead, and one of each firm-wide role (finance first). */
	record People(List<String> rms, String lead, List<String> firmWide) {

		String rm() {
			return this.rms.get(0);
		}

	}

	/** Common surnames, and characters of given names: about 95,000 names, so at 100,000 clients many repeat. */
	private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
		.split("");

	private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华兰霞平刚桂玉萍红建文辉力燕国宁鹏飞志新晨浩宇欣怡嘉俊博雪琳婷晓海波斌"
		.split("");

	private final JdbcTemplate jdbc;

	private final TestAccounts accounts;

	FirmData(JdbcTemplate jdbc, TestAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	People generate(int teams, int rmsPerTeam, int clients) {
		this.jdbc.execute("select setseed(0.42)");
		List<Long> rmIds = new ArrayList<>();
		List<String> firstRms = new ArrayList<>();
		String firstLead = null;
		for (int t = 0; t < teams; t++) {
			long team = this.accounts.team();
			String lead = this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team);
			firstLead = (firstLead != null) ? firstLead : lead;
			for (int r = 0; r < rmsPerTeam; r++) {
				String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
				if (t == 0) {
					firstRms.add(rm);
				}
				rmIds.add(this.accounts.idOf(rm));
			}
		}
		List<String> firmWide = new ArrayList<>();
		for (String role : List.of("FINANCE_OFFICER", "RISK_OFFICER", "COMPLIANCE_OFFICER", "INTERNAL_AUDITOR", "ADMIN",
				"CUSTOMER_SERVICE")) {
			firmWide.add(this.accounts.userWithSeededRole(role));
		}
		Long[] owners = rmIds.toArray(Long[]::new);
		// Clients: names as a firm's are, a common surname and one or two given characters (so they repeat, and no name
		// holds a number: a number in every name put each client into the name index's entries for digits, which code
		// and phone searches read), and mobile numbers from a hash (from the number, the ten clients with the same last
		// four digits all had the same RM). Owner round-robin over the RMs (so each RM's book is clients / RMs), team
		// from the owner. Everything else comes from a hash of the number, not the number itself, so that no attribute follows the owner: with
		// "g % 5" every client of one RM had the same risk level, tier and contact day, and a fifth of the RMs held
		// every complaint.
		this.jdbc.update("""
				insert into clients_client (code, kind, name, status, segment, owner_id, team_id, gender, birth_date,
				    id_type, mobile_phone, financial_assets, years_of_experience, risk_level, risk_expires_on, tier,
				    created_at)
				select 'C1990-' || lpad(g::text, 6, '0'), 'INDIVIDUAL', n.name,
				       case when h % 50 = 0 then 'DORMANT' else 'ACTIVE' end, 'INDIVIDUAL_ORDINARY', o.id, u.team_id,
				       case when (h / 50) % 2 = 0 then 'FEMALE' else 'MALE' end, date '1950-01-01' + (h % 18000),
				       'RESIDENT_ID', '139' || lpad((abs(hashtext('phone' || g)) % 100000000)::text, 8, '0'),
				       1000000 + (h % 97) * 50000, (h / 7) % 30, 'C' || (1 + (h / 11) % 5), current_date - 60 + ((h / 13) % 425),
				       (array['BRONZE', 'SILVER', 'GOLD', 'DIAMOND'])[1 + (h / 17) % 4], now() - interval '2 years'
				from generate_series(1, ?) g
				cross join (select ?::text[] as surnames, ?::text[] as given, ?::bigint[] as owners) a
				cross join lateral (select abs(hashtext('client' || g)) as h) r
				cross join lateral (select a.surnames[1 + (h / 19) % cardinality(a.surnames)]
				    || a.given[1 + (h / 23) % cardinality(a.given)]
				    || case when (h / 29) % 4 = 0 then '' else a.given[1 + (h / 31) % cardinality(a.given)] end
				    as name) n
				cross join lateral (select a.owners[1 + g % cardinality(a.owners)] as id) o
				join access_user u on u.id = o.id""", clients, SURNAMES, GIVEN, owners);
		this.jdbc.update("""
				insert into clients_contact (client_id, kind, contacted_on, summary, recorded_by)
				select c.id, 'CALL', current_date - abs(hashtext(c.code)) % 200, '基准回访', 'bench'
				from clients_client c where c.code like 'C1990-%'""");
		// Three pieces of property per client; entries: a registration, a deposit and a withdrawal each, and a
		// second deposit on a third of them: 1,000,000 entries for 300,000 pieces.
		this.jdbc.update("""
				insert into ledger_property (code, client_id, property_type, description, custodian, location, status,
				    currency, value, quantity, registered_at, registered_by)
				select 'P1990-' || lpad(nextval('ledger_property_number_seq')::text, 7, '0'), c.id,
				       (array['CASH', 'DEPOSIT', 'FUND'])[k], '基准财产', (array['华信银行', '内部金库', '安盈基金'])[k],
				       '上海', 'IN_CUSTODY', case when k = 2 and abs(hashtext('usd' || c.code)) % 5 = 0 then 'USD' else 'CNY' end,
				       100000 + (abs(hashtext('value' || c.code || k)) % 1000) * 1000 + case when (c.id + k) % 3 = 0 then 5000 else 0 end, 0,
				       now() - interval '2 years', 'bench'
				from clients_client c cross join generate_series(1, 3) k where c.code like 'C1990-%'""");
		this.jdbc.update("""
				insert into ledger_entry (property_id, kind, state, value_change, quantity_change, base_amount, reason,
				    made_at, made_by, made_by_id, posted_at, value_after, quantity_after, posting_seq, status_after)
				select p.id, 'REGISTRATION', 'POSTED', 0, 0, 0, 'registration', p.registered_at, 'bench', 0,
				       p.registered_at, 0, 0, 0, 'IN_CUSTODY'
				from ledger_property p where p.registered_by = 'bench'""");
		this.jdbc.update("""
				insert into ledger_entry (property_id, kind, state, value_change, quantity_change, base_amount, reason,
				    made_at, made_by, made_by_id, posted_at, value_after, quantity_after, posting_seq)
				select p.id, m.kind, 'POSTED', m.change, 0, abs(m.change), '基准变动', m.at, 'bench', 0, m.at,
				       m.after, 0, m.seq
				from ledger_property p
				cross join lateral (values
				    (1, 'DEPOSIT', p.value + 20000 - case when p.id % 3 = 0 then 5000 else 0 end,
				        p.value + 20000 - case when p.id % 3 = 0 then 5000 else 0 end, now() - make_interval(days => 300 + (p.id % 60)::int)),
				    (2, 'WITHDRAWAL', -20000.00, p.value - case when p.id % 3 = 0 then 5000 else 0 end,
				        now() - make_interval(days => 100 + (p.id % 90)::int)),
				    (3, 'DEPOSIT', 5000.00, p.value, now() - make_interval(days => 1 + (p.id % 60)::int))) m(seq, kind, change, after, at)
				where p.registered_by = 'bench' and (m.seq < 3 or p.id % 3 = 0)""");
		this.jdbc.update("""
				update ledger_property p set version = (select max(e.posting_seq) from ledger_entry e
				    where e.property_id = p.id) where p.registered_by = 'bench'""");
		// A complaint for every fifth client, most replied, some open and some of those late.
		this.jdbc.update("""
				insert into complaints_complaint (code, client_id, channel, category, severity, description, state,
				    received_at, received_by, started_on, acknowledge_due_on, due_on, decided_at, replied_at, finding)
				select 'BQ' || lpad(c.id::text, 10, '0'), c.id, 'PHONE',
				       (array['SERVICE_ATTITUDE', 'FEES', 'PRIVACY', 'OTHER'])[1 + c.id % 4], 'LOW', '基准投诉',
				       case when c.id % 10 < 2 then 'INVESTIGATING' else 'REPLIED' end,
				       now() - make_interval(days => (c.id % 360)::int), 'bench',
				       current_date - (c.id % 360)::int, current_date - (c.id % 360)::int + 3,
				       current_date - (c.id % 360)::int + 15,
				       case when c.id % 10 < 2 then null else now() - make_interval(days => (c.id % 360)::int - 10) end,
				       case when c.id % 10 < 2 then null else now() - make_interval(days => (c.id % 360)::int - 10) end,
				       case when c.id % 10 < 2 then null else 'NOT_UPHELD' end
				from clients_client c where c.code like 'C1990-%' and abs(hashtext('complaint' || c.code)) % 5 = 0""");
		for (String table : List.of("clients_client", "clients_contact", "ledger_property", "ledger_entry",
				"complaints_complaint")) {
			// As autovacuum leaves a settled database: statistics, and a visibility map for index-only scans.
			this.jdbc.execute("vacuum analyze " + table);
		}
		return new People(firstRms, firstLead, firmWide);
	}


	/**
	 * {@code events} audit events over the last months, 15 s apart, by 200 RMs ({@code rm0}..{@code rm199}) about
	 * clients 0..99,999, a few failed or denied, every sixth with recorded changes; queued for sealing into the chain.
	 */
	static void auditEvents(JdbcTemplate jdbc, int events) {
		jdbc.execute("""
				insert into audit_event (occurred_at, actor_username, actor_roles, source_ip, action, target_type, target_id,
				                         client_id, outcome, detail, changes)
				select now() - make_interval(secs => (%d - g) * 15),
				       'rm' || (g %% 200), 'RELATIONSHIP_MANAGER', '10.1.' || (g %% 250) || '.' || (g %% 7),
				       (array['LOGIN_SUCCESS','CLIENT_VIEWED','CLIENT_UPDATED','PROPERTY_MOVEMENT','LOGOUT','STATEMENT_EXPORTED'])[1 + g %% 6],
				       'CLIENT', (g %% 100000)::text, g %% 100000,
				       case when g %% 97 = 0 then 'FAILED' when g %% 41 = 0 then 'DENIED' else 'SUCCESS' end,
				       null,
				       case when g %% 6 = 2 then jsonb_build_array(jsonb_build_object('field', 'phone', 'before', '138****' || (g %% 10000), 'after', '139****' || (g %% 9999))) end
				from generate_series(1, %d) g""".formatted(events, events));
		jdbc.execute("insert into audit_pending (event_id) select id from audit_event e where not exists "
				+ "(select 1 from audit_chain c where c.event_id = e.id) on conflict do nothing");
		jdbc.execute("analyze audit_event");
	}

	/**
	 * Risk assessments for the generated clients: each one's current assessment (the level and expiry the client
	 * carries) and, for every second client, the one from the year before: 150,000 at 100,000 clients. The answers,
	 * reasons and allocation are copied from an assessment already in the database (the demo data's), so every page
	 * that shows one renders real content.
	 */
	int assessments() {
		Long template = this.jdbc.query("select a.id from risk_assessment a join clients_client c on c.id = a.client_id "
				+ "where c.kind = 'INDIVIDUAL' and a.status = 'EFFECTIVE' order by a.id limit 1",
				(rs) -> rs.next() ? rs.getLong(1) : null);
		if (template == null) {
			throw new IllegalStateException("The generator copies one effective assessment of an individual, and this "
					+ "database has none: use the embedded database (it has the demo data) or record one assessment first.");
		}
		int written = this.jdbc.update("""
				insert into risk_assessment (client_id, questionnaire_id, answers, score, band_level, result_level, reasons,
				    client_age, professional, ultra_high_net_worth, allocation, validity_months, status, assessed_at,
				    assessed_by, effective_on, expires_on)
				select c.id, t.questionnaire_id, t.answers, t.score, c.risk_level, c.risk_level, t.reasons, 45, false, false,
				       t.allocation, 12, 'EFFECTIVE', (c.risk_expires_on - make_interval(years => 1 + y))::timestamptz,
				       'bench', (c.risk_expires_on - make_interval(years => 1 + y))::date,
				       (c.risk_expires_on - make_interval(years => y))::date
				from clients_client c cross join generate_series(0, 1) y cross join risk_assessment t
				where t.id = ? and c.code like 'C1990-%' and (y = 0 or c.id % 2 = 0)""", template);
		this.jdbc.execute("analyze risk_assessment");
		return written;
	}

}
