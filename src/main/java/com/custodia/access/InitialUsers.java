package com.custodia.access;

import java.util.List;
import java.util.Set;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.database.ConditionalOnEmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The users an empty database starts with. On the embedded database: the demo users of README.md, all with the
 * password {@value #DEMO_PASSWORD}. On an external database: one {@code admin} whose password comes from
 * {@code CUSTODIA_ADMIN_PASSWORD}; start-up stops with a clear message if it is missing or weak.
 */
@Configuration(proxyBeanMethods = false)
class InitialUsers {

	static final String DEMO_PASSWORD = "Custodia#2026";

	private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

	/** username, display name, role code, team code (or null). */
	private record DemoUser(String username, String displayName, String role, String team) {
	}

	private static final List<DemoUser> DEMO_USERS = List.of(
			new DemoUser("admin", "系统管理员 Admin", "ADMIN", null),
			new DemoUser("rm1", "王丽 Wang Li", "RELATIONSHIP_MANAGER", "EAST"),
			new DemoUser("rm2", "张伟 Zhang Wei", "RELATIONSHIP_MANAGER", "EAST"),
			new DemoUser("rm3", "李娜 Li Na", "RELATIONSHIP_MANAGER", "NORTH"),
			new DemoUser("lead1", "陈静 Chen Jing", "TEAM_LEAD", "EAST"),
			new DemoUser("cs1", "刘洋 Liu Yang", "CUSTOMER_SERVICE", null),
			new DemoUser("finance1", "赵敏 Zhao Min", "FINANCE_OFFICER", null),
			new DemoUser("risk1", "孙强 Sun Qiang", "RISK_OFFICER", null),
			new DemoUser("compliance1", "周芳 Zhou Fang", "COMPLIANCE_OFFICER", null),
			new DemoUser("auditor1", "吴磊 Wu Lei", "INTERNAL_AUDITOR", null));

	@Bean
	@Order(0)
	@ConditionalOnEmbeddedDatabase
	ApplicationRunner demoUsers(UserAccountRepository users, TeamRepository teams, RoleRepository roles,
			PasswordEncoder passwordEncoder, TransactionTemplate transactions, AuditTrail audit) {
		return (ApplicationArguments arguments) -> transactions.executeWithoutResult((status) -> {
			if (users.count() > 0) {
				return;
			}
			Team east = teams.save(new Team("EAST", "East", "华东"));
			Team north = teams.save(new Team("NORTH", "North", "华北"));
			for (Team team : List.of(east, north)) {
				audit.record(AuditEntry.of("TEAM_CREATED").actor("system", null).target("TEAM", team.getId())
					.change("code", null, team.getCode()).change("nameEn", null, team.getNameEn())
					.change("nameZh", null, team.getNameZh()).detail("demo data"));
			}
			String hash = passwordEncoder.encode(DEMO_PASSWORD);
			for (DemoUser demo : DEMO_USERS) {
				UserAccount user = new UserAccount(demo.username(), hash, false);
				Team team = (demo.team() == null) ? null : demo.team().equals("EAST") ? east : north;
				user.describe(demo.displayName(), demo.username() + "@custodia.example", team);
				user.assignRoles(Set.of(roles.findByCode(demo.role()).orElseThrow()));
				users.save(user);
				audit.record(AuditEntry.of("USER_CREATED").actor("system", null).target("USER", user.getId())
					.change("username", null, demo.username()).change("roles", null, java.util.List.of(demo.role()))
					.detail("demo data"));
			}
			log.info("Created the demo users {}; each signs in with the password {}",
					DEMO_USERS.stream().map(DemoUser::username).toList(), DEMO_PASSWORD);
		});
	}

	@Bean
	@Order(0)
	@ConditionalOnEmbeddedDatabase(false)
	ApplicationRunner initialAdmin(UserAccountRepository users, RoleRepository roles, PasswordEncoder passwordEncoder,
			TransactionTemplate transactions, AccessProperties properties, AuditTrail audit) {
		return (ApplicationArguments arguments) -> transactions.executeWithoutResult((status) -> {
			if (users.count() > 0) {
				return;
			}
			String password = properties.initialAdminPassword();
			if (password == null || password.isBlank()) {
				throw new InitialAdminPasswordException(
						"The database has no users yet, so Custodia needs the first admin's password: set the "
								+ "environment variable CUSTODIA_ADMIN_PASSWORD (at least 10 characters, letters and digits).");
			}
			if (!PasswordPolicy.isAcceptable(password, "admin")) {
				throw new InitialAdminPasswordException("CUSTODIA_ADMIN_PASSWORD is too weak: it needs at least "
						+ PasswordPolicy.MIN_LENGTH + " characters with both letters and digits, and must not contain 'admin'.");
			}
			UserAccount admin = new UserAccount("admin", passwordEncoder.encode(password), true);
			admin.describe("Administrator", null, null);
			admin.assignRoles(Set.of(roles.findByCode("ADMIN").orElseThrow()));
			users.save(admin);
			audit.record(AuditEntry.of("USER_CREATED").actor("system", null).target("USER", admin.getId())
				.change("username", null, "admin").change("roles", null, java.util.List.of("ADMIN"))
				.detail("first admin, password from CUSTODIA_ADMIN_PASSWORD"));
			log.info("Created the first user 'admin' with the password from CUSTODIA_ADMIN_PASSWORD; "
					+ "they choose a new one at first login.");
		});
	}

}
