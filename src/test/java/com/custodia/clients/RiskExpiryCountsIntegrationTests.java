package com.custodia.clients;

import java.time.LocalDate;

import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.KeptCounts;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk officer's firm-wide counts, read from the counts per level and expiry day that V0045's triggers keep: the
 * same as counting the clients, through assessments, re-assessments, closing and a change of status that keeps them.
 */
@CustodiaIntegrationTest
class RiskExpiryCountsIntegrationTests {

	@Autowired
	ClientFixtures clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFirmsExpiringAndValidC5CountsFollowEachClientAndEqualACountOfTheClients() {
		ClientService service = this.clients.service();
		CurrentUser firm = this.clients.user(this.accounts.user(Permission.CLIENT_READ, Permission.CLIENT_SCOPE_ALL));
		String rmName = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		CurrentUser rm = this.clients.user(rmName);
		LocalDate today = service.today();
		LocalDate before = today.plusDays(31);
		long expiring = service.riskLevelsExpiringCount(firm, before);
		long c5 = service.validRiskLevelCount(firm, RiskLevel.C5);
		long soon = this.clients.individual(rmName, "到期计数甲");
		long later = this.clients.individual(rmName, "到期计数乙");
		long lapsed = this.clients.individual(rmName, "到期计数丙");

		service.recordRiskLevel(soon, RiskLevel.C5, today.plusDays(10));
		service.recordRiskLevel(later, RiskLevel.C5, today.plusYears(1));
		service.recordRiskLevel(lapsed, RiskLevel.C3, today.minusDays(1));
		assertCounts(firm, before, expiring + 2, c5 + 2);
		assertThat(service.riskLevelsExpiringCount(rm, before)).isEqualTo(2);

		service.recordRiskLevel(soon, RiskLevel.C2, today.plusYears(1));
		assertCounts(firm, before, expiring + 1, c5 + 1);
		status(later, "CLOSED");
		assertCounts(firm, before, expiring + 1, c5);
		status(lapsed, "DORMANT");
		assertCounts(firm, before, expiring + 1, c5);
		status(lapsed, "CLOSED");
		assertCounts(firm, before, expiring, c5);
		assertThat(service.riskLevelsExpiringCount(rm, before)).isZero();
		status(later, "ACTIVE");
		assertCounts(firm, before, expiring, c5 + 1);
		assertThatCountsEqualACountOfTheClients();
	}

	private void status(long client, String status) {
		this.jdbc.update("update clients_client set status = ?, close_reason = case when ? = 'CLOSED' then '测试' end "
				+ "where id = ?", status, status, client);
	}

	/** The firm's counts, and the expiring one as the re-assessment list counts it from the clients. */
	private void assertCounts(CurrentUser firm, LocalDate before, long expiring, long c5) {
		ClientService service = this.clients.service();
		assertThat(service.riskLevelsExpiringCount(firm, before)).isEqualTo(expiring)
			.isEqualTo(service.riskLevelsExpiringBefore(firm, before, PageRequest.of(0, 1)).getTotalElements());
		assertThat(service.validRiskLevelCount(firm, RiskLevel.C5)).isEqualTo(c5);
	}

	/** Every level and day, whatever wrote the clients (demo data, other tests), against the clients. */
	private void assertThatCountsEqualACountOfTheClients() {
		String count = "select risk_expires_on, risk_level, count(*)::integer from clients_client "
				+ "where risk_expires_on is not null and risk_level is not null and status <> 'CLOSED' group by 1, 2";
		KeptCounts.assertEqualToRecount(this.jdbc, count,
				"select expires_on, risk_level, clients from clients_risk_expiry_count where clients <> 0");
	}

}
