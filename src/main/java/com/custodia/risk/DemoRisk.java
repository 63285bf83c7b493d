package com.custodia.risk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.custodia.access.StaffDirectory;
import com.custodia.access.StaffMember;
import com.custodia.clients.ClientKind;
import com.custodia.clients.ClientSearch;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientStatus;
import com.custodia.clients.ClientView;
import com.custodia.database.ConditionalOnEmbeddedDatabase;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo risk data for an empty embedded database: the two questionnaires published, a dozen products from R1 to R5,
 * and past assessments for most demo clients, spread over the last 14 months so that some have expired, some expire
 * within 30 days and a few await their interview.
 */
@Configuration(proxyBeanMethods = false)
class DemoRisk {

	private static final Logger log = LoggerFactory.getLogger(DemoRisk.class);

	/** The loader acts as the system, with just the rights it needs. */
	static final CurrentUser SYSTEM = new CurrentUser(0, "system", "Custodia", null, Set.of(),
			Set.of(Permission.QUESTIONNAIRE_ADMIN, Permission.PRODUCT_ADMIN, Permission.CLIENT_READ,
					Permission.CLIENT_SCOPE_ALL),
			false);

	@Bean
	@Order(2)
	@ConditionalOnEmbeddedDatabase
	ApplicationRunner demoRiskLoader(Questionnaires questionnaires, ProductCatalogue products, Assessments assessments,
			ClientService clients, StaffDirectory staff, TransactionTemplate transactions, Clock clock,
			DisplayZone zone) {
		return (arguments) -> {
			if (!questionnaires.all().isEmpty()) {
				return;
			}
			transactions.executeWithoutResult((status) -> {
				publish(questionnaires, ClientKind.INDIVIDUAL, DemoQuestionnaires.individual());
				publish(questionnaires, ClientKind.INSTITUTION, DemoQuestionnaires.institution());
				products().forEach((product) -> products.create(SYSTEM, product));
			});
			List<ClientView> demoClients = new ArrayList<>();
			clients.forEach(SYSTEM, ClientSearch.none(), Sort.by("id"), 5_000, demoClients::add);
			int assessed = transactions.execute((status) -> assess(demoClients, questionnaires, assessments, staff,
					clock.instant(), zone));
			log.info("Loaded demo risk data: 2 questionnaires, {} products, {} assessments", products().size(), assessed);
		};
	}

	private static void publish(Questionnaires questionnaires, ClientKind kind, QuestionnaireContent content) {
		long id = questionnaires.draft(SYSTEM, kind);
		questionnaires.save(SYSTEM, id, questionnaires.get(id).version(), content);
		questionnaires.publish(SYSTEM, id, questionnaires.get(id).version());
	}

	private static int assess(List<ClientView> demoClients, Questionnaires questionnaires, Assessments assessments,
			StaffDirectory staff, Instant now, DisplayZone zone) {
		Random random = new Random(20261123L);
		Map<ClientKind, Questionnaire> inForce = new LinkedHashMap<>();
		for (ClientKind kind : ClientKind.values()) {
			inForce.put(kind, questionnaires.inForce(kind).orElseThrow());
		}
		int count = 0;
		for (ClientView client : demoClients) {
			if (client.status() == ClientStatus.LEAD || client.status() == ClientStatus.CLOSED || random.nextInt(10) < 2) {
				continue;
			}
			Questionnaire questionnaire = inForce.get(client.kind());
			Map<String, Set<String>> answers = new LinkedHashMap<>();
			// Answers around a per-client tendency, so levels spread from C1 to C5 rather than all landing in C3.
			double tendency = random.nextDouble();
			for (QuestionnaireContent.QuestionText question : questionnaire.content().questions()) {
				int options = question.options().size();
				int index = (int) Math.round(tendency * (options - 1) + random.nextGaussian() * 0.8);
				index = Math.max((options > 4 && tendency > 0.15) ? 1 : 0, Math.min(options - 1, index));
				answers.put(question.code(), Set.of(question.options().get(index).code()));
			}
			// About one in eight falls due within 30 days, one in eight has expired, the rest are current.
			double bucket = random.nextDouble();
			int daysAgo = (bucket < 0.125) ? 336 + random.nextInt(28)
					: (bucket < 0.25) ? 366 + random.nextInt(60) : 5 + random.nextInt(325);
			Instant assessedAt = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(random.nextInt(600)));
			LocalDate assessedOn = LocalDate.ofInstant(assessedAt, zone.zoneId());
			Scoring.Outcome outcome = Scoring.score(questionnaire.content().definition(), answers, client.ageOn(assessedOn));
			String owner = staff.find(client.ownerId()).map(StaffMember::username).orElse("system");
			boolean needsInterview = AssessmentRules.needsInterview(outcome.level(), client.isUltraHighNetWorthOrDiamond(),
					client.professional());
			// The most recent ones that need an interview still await it; earlier ones had it on the day.
			Assessments.Interview interview = (needsInterview && assessedOn.isBefore(LocalDate.ofInstant(now, zone.zoneId()).minusDays(20)))
					? new Assessments.Interview(assessedOn, client.ownerName(), "面谈确认客户的投资经验、资金来源和风险承受能力，客户理解高风险产品可能损失本金。")
					: null;
			assessments.store(client, questionnaire, answers, outcome, assessedAt, owner, interview);
			count++;
		}
		return count;
	}

	static List<Product.Details> products() {
		return List.of(
				product("三个月定期存款（华信银行）", ProductType.DEPOSIT, "华信银行股份有限公司", ProductRisk.R1, "50"),
				product("安盈货币市场基金 A", ProductType.MONEY_MARKET_FUND, "安盈基金管理有限公司", ProductRisk.R1, "1"),
				product("稳享 90 天持有期理财", ProductType.BANK_WEALTH_PRODUCT, "华信理财有限责任公司", ProductRisk.R2, "10000"),
				product("恒利纯债债券基金", ProductType.BOND_FUND, "恒利基金管理有限公司", ProductRisk.R2, "1000"),
				product("信和中短债债券基金 C", ProductType.BOND_FUND, "信和基金管理有限公司", ProductRisk.R2, "100"),
				product("年年有余两全保险（分红型）", ProductType.INSURANCE, "安康人寿保险股份有限公司", ProductRisk.R2, "10000"),
				product("均衡优选混合型基金", ProductType.BALANCED_FUND, "安盈基金管理有限公司", ProductRisk.R3, "1000"),
				product("瑞丰稳健集合资金信托计划", ProductType.TRUST_PLAN, "瑞丰信托有限责任公司", ProductRisk.R3, "1000000"),
				product("沪深 300 指数增强基金", ProductType.EQUITY_FUND, "恒利基金管理有限公司", ProductRisk.R4, "1000"),
				product("科技创新股票型基金", ProductType.EQUITY_FUND, "信和基金管理有限公司", ProductRisk.R4, "1000"),
				product("中证 500 挂钩雪球结构性票据", ProductType.STRUCTURED_PRODUCT, "华信证券股份有限公司", ProductRisk.R4,
						"1000000"),
				product("远航成长私募股权基金三期", ProductType.PRIVATE_FUND, "远航资本管理有限公司", ProductRisk.R5, "1000000"),
				new Product.Details("鼎泰量化对冲私募基金", ProductType.PRIVATE_FUND, "鼎泰投资管理有限公司", ProductRisk.R5,
						new BigDecimal("1000000"), true));
	}

	private static Product.Details product(String name, ProductType type, String issuer, ProductRisk rating,
			String minimum) {
		return new Product.Details(name, type, issuer, rating, new BigDecimal(minimum), false);
	}

}
