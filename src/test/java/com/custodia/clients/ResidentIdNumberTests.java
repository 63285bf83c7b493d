package com.custodia.clients;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "11010519491231002x", "110101199003071233", "44030819880101234X",
			"310104198512150038", "110101 19900307 1233" })
	void numbersWithTheRightCheckCharacterAreValid(String number) {
		assertThat(ResidentIdNumber.problem(number)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "110101199003071234", "11010519491231002Y1", "110105194912310021", "310104198512150036" })
	void aWrongCheckCharacterOrLengthIsRefused(String number) {
		assertThat(ResidentIdNumber.problem(number)).isPresent();
	}

	@Test
	void theCheckCharacterIsNamedAsTheProblem() {
		assertThat(ResidentIdNumber.problem("110101199003071234")).contains("client.idNumber.checkDigit");
	}

	@Test
	void anImpossibleBirthDateIsRefusedBeforeTheCheckCharacter() {
		assertThat(ResidentIdNumber.problem("110101199002301230")).contains("client.idNumber.birthDate");
	}

	@Test
	void lettersFifteenDigitNumbersAndNothingAreRefusedAsBadlyFormed() {
		assertThat(ResidentIdNumber.problem("11010119900307123A")).contains("client.idNumber.format");
		assertThat(ResidentIdNumber.problem("110101900307123")).contains("client.idNumber.format");
		assertThat(ResidentIdNumber.problem("")).contains("client.idNumber.format");
		assertThat(ResidentIdNumber.problem(null)).contains("client.idNumber.format");
	}

	@Test
	void theBirthDateIsReadFromTheNumber() {
		assertThat(ResidentIdNumber.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
		assertThat(ResidentIdNumber.birthDate("110101199002301230")).isEmpty();
	}

}
