package com.custodia.clients.servicelog;

import com.custodia.clients.servicelog.ServiceLog;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a client's next birthday falls, for the care list. */
class CareListTests {

	@Test
	void theNextBirthdayIsThisYearsOrNextYearsAcrossTheYearEnd() {
		LocalDate born = LocalDate.of(1980, 1, 2);
		assertThat(ServiceLog.nextBirthday(born, LocalDate.of(2026, 12, 29))).isEqualTo(LocalDate.of(2027, 1, 2));
		assertThat(ServiceLog.nextBirthday(born, LocalDate.of(2026, 1, 2))).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(ServiceLog.nextBirthday(born, LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 2));
	}

	@Test
	void aTwentyNinthOfFebruaryBirthdayFallsOnTheTwentyEighthInOtherYears() {
		LocalDate born = LocalDate.of(1988, 2, 29);
		assertThat(ServiceLog.nextBirthday(born, LocalDate.of(2026, 2, 20))).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(ServiceLog.nextBirthday(born, LocalDate.of(2028, 2, 20))).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(ServiceLog.nextBirthday(born, LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
	}

}
