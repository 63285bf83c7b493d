package com.custodia.web;

import java.util.List;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.security.Permission;
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

/** The busy lists cost a fixed number of SQL statements, whether the page shows one row or a full page. */
@CustodiaIntegrationTest
class ListQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	QueryCounter counter;

	@Autowired
	AuditTrail audit;

	@Test
	void theUserListRunsAsManyStatementsForAFullPageAsForAPageOfTwo() throws Exception {
		MockHttpSession admin = Login.as(this.mvc, this.accounts.user(Permission.USER_ADMIN));
		long roleA = this.accounts.role(Permission.CLIENT_READ);
		long roleB = this.accounts.role(Permission.TIER_READ);
		String tag = "querycount" + System.nanoTime() % 100000;
		for (int i = 0; i < 22; i++) {
			this.accounts.userNamed(tag + " " + i, roleA, roleB);
		}
		long fullPage = statements(admin, "/admin/users?q=" + tag);
		List<String> fullPageSql = this.counter.sql();
		long pageOfTwo = statements(admin, "/admin/users?page=1&q=" + tag);
		// A last page that is not full needs no count query (Spring Data knows the total), hence at most one more.
		assertThat(fullPage).as(String.join("\n", fullPageSql)).isBetween(pageOfTwo, pageOfTwo + 1)
			.isLessThanOrEqualTo(6);
	}

	@Test
	void theAuditListRunsAsManyStatementsForOneEventAsForAFullPage() throws Exception {
		MockHttpSession auditor = Login.as(this.mvc, this.accounts.userWithSeededRole("INTERNAL_AUDITOR"));
		String actor = "qcount" + System.nanoTime() % 100000;
		this.audit.record(AuditEntry.of("USER_UPDATED").actor(actor, List.of("X")).target("USER", "1"));
		long one = statements(auditor, "/audit?user=" + actor);
		for (int i = 0; i < 60; i++) {
			this.audit.record(AuditEntry.of("USER_UPDATED").actor(actor, List.of("X")).target("USER", "1"));
		}
		long full = statements(auditor, "/audit?user=" + actor);
		assertThat(full).isEqualTo(one).isLessThanOrEqualTo(8);
	}

	private long statements(MockHttpSession session, String url) throws Exception {
		this.counter.reset();
		this.mvc.perform(get(url).session(session)).andExpect(status().isOk());
		return this.counter.statements();
	}

}
