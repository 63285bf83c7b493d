package com.custodia.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.custodia.clients.ClientFixtures;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A count at one place: matching, different, missing and unexpected items; closing marks the uncounted missing; each
 * difference resolved by a correcting movement or an explanation; the session resolved when none is left.
 */
@CustodiaIntegrationTest
class ReconciliationIntegrationTests {

	@Autowired
	Reconciliations reconciliations;

	@Autowired
	PropertyLedger ledger;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aCountsDifferencesAreReportedAndEachIsResolved() throws Exception {
		CurrentUser rm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		long client = this.clients.individual(rm.username(), "盘点测试");
		String vault = "盘点金库 " + System.nanoTime();
		long gold = register(rm, client, vault, "金条", "600000.00", "1000");
		long coins = register(rm, client, vault, "纪念币", "20000.00", "50");
		long vase = register(rm, client, vault, "瓷瓶", "300000.00", "1");
		long notes = register(rm, client, vault, "票据", "0.00", "3");
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		long count = this.reconciliations.open(finance, vault, "B2");
		assertThat(this.reconciliations.items(finance, count)).hasSize(4);
		assertThatThrownBy(() -> this.reconciliations.open(finance, vault, "B2")).hasMessageContaining("alreadyCounting");

		this.reconciliations.count(finance, count, " " + code(gold).toLowerCase() + " ", Reconciliations.Result.MATCHING,
				null, null, null);
		this.reconciliations.count(finance, count, code(coins), Reconciliations.Result.DIFFERENT, new BigDecimal("19200.00"),
				new BigDecimal("48"), null);
		this.reconciliations.count(finance, count, code(vase), Reconciliations.Result.MISSING, null, null, null);
		assertThatThrownBy(() -> this.reconciliations.count(finance, count, "P1999-000001", null, null, null, " "))
			.hasMessageContaining("describeUnexpected");
		this.reconciliations.count(finance, count, "P1999-000001", null, null, null, "未登记的首饰盒");
		this.reconciliations.close(finance, count, this.reconciliations.get(finance, count).version());

		Reconciliations.Session closed = this.reconciliations.get(finance, count);
		assertThat(closed.status()).isEqualTo("CLOSED");
		assertThat(closed.differences()).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select result from ledger_count_item where count_id = ? and property_id = ?",
				String.class, count, notes)).isEqualTo("MISSING");

		for (Reconciliations.Item item : this.reconciliations.items(finance, count)) {
			if (item.propertyId() != null && item.propertyId() == coins) {
				this.reconciliations.correct(finance, item.id(), "盘点短少两枚");
			}
			else if (item.propertyId() != null && item.propertyId() == vase) {
				this.reconciliations.correct(finance, item.id(), "盘点未见，报遗失");
			}
			else if (item.result().isDifference()) {
				assertThat(this.reconciliations.get(finance, count).status()).isEqualTo("CLOSED");
				this.reconciliations.explain(finance, item.id(), "已查明：客户寄存，另行登记");
			}
		}
		// The vase's write-off waits for approval: until it posts, the session is not resolved.
		assertThat(this.reconciliations.get(finance, count).status()).isEqualTo("CLOSED");
		assertThat(this.reconciliations.items(finance, count)).filteredOn((item) -> item.propertyId() != null
				&& item.propertyId() == vase).singleElement().satisfies((item) -> {
					assertThat(item.isCorrectionPending()).isTrue();
					assertThat(item.isUnresolvedDifference()).isFalse();
				});
		assertThat(this.ledger.balance(rm, coins).quantity()).isEqualByComparingTo("48");
		assertThat(this.ledger.balance(rm, coins).value()).isEqualByComparingTo("19200.00");
		// Writing the vase off waits for a second person like a release; approved, the property is lost.
		assertThat(this.jdbc.queryForObject("select status from ledger_property where id = ?", String.class, vase))
			.isEqualTo("IN_CUSTODY");
		long writeOff = this.jdbc.queryForObject("select id from ledger_entry where property_id = ? and state = 'PENDING'",
				Long.class, vase);
		this.ledger.decide(this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER")), writeOff, true, "已复核");
		assertThat(this.jdbc.queryForObject("select status from ledger_property where id = ?", String.class, vase))
			.isEqualTo("LOST_OR_DAMAGED");
		assertThat(this.reconciliations.get(finance, count).status()).isEqualTo("RESOLVED");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where target_type = 'LEDGER_COUNT' "
				+ "and target_id = ?", Long.class, String.valueOf(count))).isGreaterThanOrEqualTo(9);

		MockHttpSession financeSession = Login.as(this.mvc, finance.username());
		String page = this.mvc.perform(get("/ledger/reconciliations/" + count).param("lang", "en").session(financeSession))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Resolved").contains("未登记的首饰盒").contains("Corrected by a movement");
		MockHttpSession rmSession = Login.as(this.mvc, rm.username());
		this.mvc.perform(get("/ledger/reconciliations").session(rmSession)).andExpect(status().isForbidden());
		this.mvc.perform(post("/ledger/reconciliations").param("custodian", "x").param("location", "y").with(csrf())
			.session(rmSession)).andExpect(status().isForbidden());
	}

	@Test
	void aCorrectionIsRefusedIfThePropertyMovedSinceTheCountAndARejectedOneReopensTheDifference() {
		CurrentUser rm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		long client = this.clients.individual(rm.username(), "盘点更正测试");
		String vault = "更正金库 " + System.nanoTime();
		long gold = this.ledger.register(rm, client, new PropertyLedger.Registration(PropertyType.PRECIOUS_METAL, "金条",
				vault, "B2", Currency.CNY, new BigDecimal("500000.00"), new BigDecimal("1000"), "克"));
		long vase = register(rm, client, vault, "瓷瓶", "300000.00", "1");
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		long count = this.reconciliations.open(finance, vault, "B2");
		this.reconciliations.count(finance, count, code(gold), Reconciliations.Result.DIFFERENT, new BigDecimal("450000.00"),
				new BigDecimal("900"), null);
		// 100 g leave while the count goes on: the ledger now says what was found.
		this.ledger.submit(rm, gold, new PropertyLedger.Movement(EntryKind.WITHDRAWAL, new BigDecimal("-50000.00"),
				new BigDecimal("-100"), null, "客户提取"));
		this.reconciliations.close(finance, count, this.reconciliations.get(finance, count).version());
		long goldItem = item(finance, count, gold).id();
		assertThatThrownBy(() -> this.reconciliations.correct(finance, goldItem, "按盘点更正"))
			.hasMessageContaining("ledger.count.changedSinceCount");
		assertThat(this.ledger.balance(rm, gold).quantity()).isEqualByComparingTo("900");
		this.reconciliations.explain(finance, goldItem, "盘点期间客户已提取 100 克，账实相符");

		long vaseItem = item(finance, count, vase).id();
		this.reconciliations.correct(finance, vaseItem, "盘点未见，报遗失");
		long writeOff = this.jdbc.queryForObject("select id from ledger_entry where property_id = ? and state = 'PENDING'",
				Long.class, vase);
		CurrentUser checker = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		this.ledger.decide(checker, writeOff, false, "已在档案室找到");
		assertThat(item(finance, count, vase).isUnresolvedDifference()).isTrue();
		assertThat(this.reconciliations.get(finance, count).status()).isEqualTo("CLOSED");
		this.reconciliations.explain(finance, vaseItem, "瓷瓶暂存档案室，已归位");
		assertThat(this.reconciliations.get(finance, count).status()).isEqualTo("RESOLVED");
		assertThatThrownBy(() -> this.reconciliations.explain(finance, vaseItem, "再次说明"))
			.hasMessageContaining("ledger.count.nothingToResolve");
	}

	@Test
	void aCounterLimitedToTheirOwnBookSeesAndResolvesOnlyTheirClientsItems() {
		CurrentUser rm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		long client = this.clients.individual(rm.username(), "盘点范围测试");
		String vault = "范围金库 " + System.nanoTime();
		long vase = register(rm, client, vault, "瓷瓶", "300000.00", "1");
		CurrentUser finance = this.clients.user(this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		long count = this.reconciliations.open(finance, vault, "B2");
		this.reconciliations.close(finance, count, this.reconciliations.get(finance, count).version());
		long vaseItem = item(finance, count, vase).id();
		CurrentUser ownBook = new CurrentUser(finance.id() + 100_000, "own-book-counter", "own-book-counter", null,
				java.util.Set.of(), java.util.Set.of(com.custodia.security.Permission.RECONCILIATION_RUN,
						com.custodia.security.Permission.CLIENT_READ), false);
		assertThat(this.reconciliations.items(ownBook, count)).isEmpty();
		assertThatThrownBy(() -> this.reconciliations.explain(ownBook, vaseItem, "越权说明"))
			.isInstanceOf(com.custodia.web.RecordNotFoundException.class);
	}

	@Test
	void aRefusedCountOrResolutionComesBackAsTypedWithTheProblemAtItsField() throws Exception {
		CurrentUser rm = this.clients.user(this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		long client = this.clients.individual(rm.username(), "盘点表单测试");
		String vault = "表单金库 " + System.nanoTime();
		long vase = register(rm, client, vault, "瓷瓶", "300000.00", "1");
		String finance = this.accounts.userWithSeededRole("FINANCE_OFFICER");
		CurrentUser financeUser = this.clients.user(finance);
		long count = this.reconciliations.open(financeUser, vault, "B2");
		MockHttpSession session = Login.as(this.mvc, finance);
		String page = this.mvc.perform(post("/ledger/reconciliations/" + count + "/count").param("code", code(vase))
			.param("result", "DIFFERENT").param("foundValue", "三十万").param("foundQuantity", "1").param("lang", "en")
			.with(csrf()).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("This is not a number").contains("value=\"三十万\"").contains("value=\"" + code(vase) + "\"");
		assertThat(item(financeUser, count, vase).result()).isEqualTo(Reconciliations.Result.UNCOUNTED);
		this.reconciliations.close(financeUser, count, this.reconciliations.get(financeUser, count).version());
		long vaseItem = item(financeUser, count, vase).id();
		String noNote = this.mvc.perform(post("/ledger/reconciliations/" + count + "/items/" + vaseItem).param("how", "explain")
			.param("note", " ").param("lang", "en").with(csrf()).session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(noNote).contains("id=\"resolve-error-" + vaseItem + "\"");
	}

	private Reconciliations.Item item(CurrentUser user, long count, long property) {
		return this.reconciliations.items(user, count).stream()
			.filter((item) -> item.propertyId() != null && item.propertyId() == property).findFirst().orElseThrow();
	}

	private long register(CurrentUser rm, long client, String custodian, String description, String value, String quantity) {
		return this.ledger.register(rm, client, new PropertyLedger.Registration(PropertyType.PHYSICAL_ITEM, description,
				custodian, "B2", Currency.CNY, new BigDecimal(value), new BigDecimal(quantity), "件"));
	}

	private String code(long property) {
		return this.jdbc.queryForObject("select code from ledger_property where id = ?", String.class, property);
	}

}
