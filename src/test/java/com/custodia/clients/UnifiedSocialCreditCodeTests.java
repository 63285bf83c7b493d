package com.custodia.clients;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedSocialCreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "911100007109279199", "91310000MA1FL1XJ2B", "91350100m000100y43" })
	void codesWithTheRightCheckCharacterAreValid(String code) {
		assertThat(UnifiedSocialCreditCode.problem(code)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y44", "911100007109279190", "91310000MA1FL1XJ2N" })
	void aWrongCheckCharacterIsRefused(String code) {
		assertThat(UnifiedSocialCreditCode.problem(code)).contains("client.creditCode.checkCharacter");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43", "91350100O000100Y43",
			"9135010Z0000100Y43", "统一社会信用代码统一社会信用代码统一" })
	void wrongLengthsAndCharactersOutsideTheAlphabetAreRefused(String code) {
		assertThat(UnifiedSocialCreditCode.problem(code)).contains("client.creditCode.format");
	}

}
