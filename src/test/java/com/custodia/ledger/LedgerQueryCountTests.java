package com.custodia.ledger;

import java.math.BigDecimal;
import java.util.List;

import com.custodia.clients.ClientFixtures;
import com.custodia.security.CurrentUser;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.QueryCounter;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The busy ledger and tier pages cost the same number of SQL statements however many rows they show: the property
 * tab, a property's page, the approvals queue, a statement, the client's tier tab and the contact-due list.
 */
@CustodiaIntegrationTest
class LedgerQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	PropertyLedger ledger;

	@Autowired
	QueryCounter counter;

	@Test
	void theLedgerAndTierPagesDoNotGrowWithTheirRows() throws Exception {
		long team = this.accounts.team();
		String rmName = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
		CurrentUser rm = this.clients.user(rmName);
		MockHttpSession rmSession = Login.as(this.mvc, rmName);
		MockHttpSession lead = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team));
		long client = this.clients.individual(rmName, "计数台账客户");
		long first = cash(rm, client);
		this.ledger.submit(rm, first, large());
		String today = this.clients.service().today().toString();
		String[] pages = { "/clients/" + client + "/property", "/properties/" + first,
				"/clients/" + client + "/statements?from=" + today + "&to=" + today, "/clients/" + client + "/tier",
				"/tiering/service-due" };
		long[] once = new long[pages.length];
		for (int i = 0; i < pages.length; i++) {
			once[i] = statements(rmSession, pages[i]);
		}
		long queueOnce = statements(lead, "/ledger/approvals");
		for (int i = 0; i < 6; i++) {
			long property = cash(rm, client);
			this.ledger.submit(rm, property, large());
			this.ledger.submit(rm, first, new PropertyLedger.Movement(EntryKind.DEPOSIT, new BigDecimal(10 + i), null, null,
					"存入 " + i));
			long other = this.clients.individual(rmName, "计数台账客户 " + i);
			this.ledger.submit(rm, cash(rm, other), large());
		}
		for (int i = 0; i < pages.length; i++) {
			assertThat(statements(rmSession, pages[i])).as(pages[i] + "\n" + String.join("\n", this.counter.sql()))
				.isEqualTo(once[i]);
		}
		assertThat(statements(lead, "/ledger/approvals")).as(String.join("\n", this.counter.sql())).isEqualTo(queueOnce);
	}

	@Test
	void thePropertyPageAndTabReadTheClientOnce() throws Exception {
		String rmName = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		CurrentUser rm = this.clients.user(rmName);
		long client = this.clients.individual(rmName, "一次读取客户");
		long property = cash(rm, client);
		cash(rm, client);
		this.ledger.submit(rm, property, large());
		statements(Login.as(this.mvc, rmName), "/properties/" + property);
		List<String> sql = this.counter.sql();
		assertThat(sql.stream().filter((statement) -> statement.contains("from clients_client")))
			.as(String.join("\n", sql)).hasSize(1);
		assertThat(sql.stream().filter((statement) -> statement.contains("from ledger_rate"))).hasSize(1);
		assertThat(sql.stream().filter((statement) -> statement.contains("from ledger_property p where p.id")))
			.hasSize(1);
		statements(Login.as(this.mvc, rmName), "/clients/" + client + "/property");
		assertThat(this.counter.sql().stream().filter((statement) -> statement.contains("from clients_client")))
			.as(String.join("\n", this.counter.sql())).hasSize(1);
	}

	private long cash(CurrentUser rm, long client) {
		return this.ledger.register(rm, client, new PropertyLedger.Registration(PropertyType.CASH, "现金账户", "银行", "上海",
				Currency.CNY, new BigDecimal("3000000.00"), null, null));
	}

	private static PropertyLedger.Movement large() {
		return new PropertyLedger.Movement(EntryKind.WITHDRAWAL, new BigDecimal("-1500000.00"), null, null, "大额支取");
	}

	private long statements(MockHttpSession session, String path) throws Exception {
		this.counter.reset();
		this.mvc.perform(get(path).session(session)).andExpect(status().isOk());
		return this.counter.statements();
	}

}
