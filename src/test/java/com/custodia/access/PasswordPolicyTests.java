package com.custodia.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void aLongPasswordWithLettersAndDigitsIsAccepted() {
		assertThat(PasswordPolicy.violations("Custodia#2026", "rm1")).isEmpty();
		assertThat(PasswordPolicy.violations("abcdefghi1", "rm1")).isEmpty();
	}

	@Test
	void nineCharactersAreTooFew() {
		assertThat(PasswordPolicy.violations("abcdefgh1", "rm1")).containsExactly("password.policy.tooShort");
	}

	@Test
	void lettersAloneOrDigitsAloneAreRefused() {
		assertThat(PasswordPolicy.violations("abcdefghijkl", "rm1")).containsExactly("password.policy.needsDigit");
		assertThat(PasswordPolicy.violations("123456789012", "rm1")).containsExactly("password.policy.needsLetter");
	}

	@Test
	void chineseCharactersCountAsLetters() {
		assertThat(PasswordPolicy.violations("托管系统密码很安全2026", "rm1")).isEmpty();
	}

	@Test
	void theUsernameIsNoPassword() {
		assertThat(PasswordPolicy.violations("Compliance1", "compliance1")).containsExactly("password.policy.sameAsUsername");
	}

	@Test
	void aPasswordContainingTheUsernameIsRefused() {
		assertThat(PasswordPolicy.violations("zhang.san123", "zhang.san")).containsExactly("password.policy.sameAsUsername");
	}

	@Test
	void anEmptyOrAbsurdlyLongPasswordIsRefused() {
		assertThat(PasswordPolicy.violations("", "x")).contains("password.policy.tooShort");
		assertThat(PasswordPolicy.violations(null, "x")).contains("password.policy.tooShort");
		assertThat(PasswordPolicy.violations("a1".repeat(65), "x")).containsExactly("password.policy.tooLong");
	}

}
