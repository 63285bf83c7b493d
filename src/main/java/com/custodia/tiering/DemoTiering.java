package com.custodia.tiering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.custodia.clients.ClientService;
import com.custodia.clients.Tier;
import com.custodia.clients.servicelog.ContactKind;
import com.custodia.clients.servicelog.ServiceLog;
import com.custodia.database.ConditionalOnEmbeddedDatabase;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo tiers (embedded database only): once the demo property is in, every client's tier is worked out as the night
 * would, most active clients get a recent contact, and rm1 proposes an override for one of their clients, waiting for
 * lead1.
 */
@Configuration(proxyBeanMethods = false)
class DemoTiering {

	private static final Logger log = LoggerFactory.getLogger(DemoTiering.class);

	@Bean
	@Order(4)
	@ConditionalOnEmbeddedDatabase
	ApplicationRunner demoTieringLoader(JdbcTemplate jdbc, TierRecomputation recomputation, TierOverrides overrides,
			ClientService clients, ServiceLog serviceLog, TierRules rules) {
		return (arguments) -> {
			if (jdbc.queryForObject("select count(*) from tiering_run", Long.class) > 0) {
				return;
			}
			TierRecomputation.Run run = recomputation.runAll("NIGHTLY", "system");
			int contacts = keepMostInTouch(jdbc, serviceLog, rules.current(), clients.today());
			List<Long> candidates = jdbc.queryForList("""
					select c.id from clients_client c join access_user u on u.id = c.owner_id
					where u.username = 'rm1' and c.tier = 'SILVER' and c.status = 'ACTIVE' order by c.id limit 1""",
					Long.class);
			if (!candidates.isEmpty()) {
				long rm1 = jdbc.queryForObject("select id from access_user where username = 'rm1'", Long.class);
				CurrentUser rm = new CurrentUser(rm1, "rm1", "rm1", null, Set.of(),
						Set.of(Permission.CLIENT_READ, Permission.CLIENT_SCOPE_ALL, Permission.TIER_OVERRIDE_PROPOSE), false);
				LocalDate today = clients.today();
				overrides.propose(rm, candidates.get(0), Tier.GOLD, "家族信托资产即将转入本行托管，预计三个月内达到黄金标准",
						today.plusMonths(6));
			}
			log.info("Worked out demo tiers: {} clients, {} tiers set, {} recent contacts logged; one override waiting "
					+ "for lead1", run.clients(), run.changes(), contacts);
		};
	}

	/**
	 * Most RMs keep up with their clients: four in five active clients get a contact within their tier's cadence (a
	 * meeting where the tier asks for face-to-face reviews), so the due lists show the few that slipped.
	 */
	private static int keepMostInTouch(JdbcTemplate jdbc, ServiceLog serviceLog, TierRuleSet rules, LocalDate today) {
		Random random = new Random(20261123L);
		int logged = 0;
		List<Map<String, Object>> clients = jdbc.queryForList("""
				select c.id, c.tier, u.id as owner_id, u.username from clients_client c join access_user u on u.id = c.owner_id
				where c.status = 'ACTIVE' and c.tier is not null order by c.id""");
		for (Map<String, Object> client : clients) {
			if (random.nextInt(5) == 0) {
				continue;
			}
			TierRule rule = rules.rule(Tier.valueOf((String) client.get("tier")));
			CurrentUser owner = new CurrentUser(((Number) client.get("owner_id")).longValue(), (String) client.get("username"),
					(String) client.get("username"), null, Set.of(),
					Set.of(Permission.CLIENT_READ, Permission.CLIENT_SCOPE_ALL, Permission.SERVICE_LOG_WRITE), false);
			boolean inPerson = rule.faceToFaceMonths() != null;
			LocalDate on = today.minusDays(1 + random.nextInt(Math.max(1, rule.contactMonths() * 28)));
			serviceLog.record(owner, ((Number) client.get("id")).longValue(), new ServiceLog.Entry(
					inPerson ? ContactKind.MEETING : ContactKind.CALL, on,
					inPerson ? "季度面谈，回顾资产配置与近期需求" : "电话回访，确认账户情况及近期需求", null, null));
			logged++;
		}
		return logged;
	}

}
