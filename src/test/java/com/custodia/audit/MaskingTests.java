package com.custodia.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
		assertThat(Masking.mask("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void anIdNumberShowsTooLittleToBeUsed() {
		assertThat(Masking.mask("110101199003071234")).isEqualTo("110***********1234");
	}

	@Test
	void chineseTextIsMaskedByCharacterNotByte() {
		assertThat(Masking.mask("上海市浦东新区世纪大道100号")).startsWith("上海市").endsWith("100号").contains("*");
	}

	@Test
	void shortValuesKeepOnlyTheirLastCharacter() {
		assertThat(Masking.mask("王丽")).isEqualTo("*丽");
		assertThat(Masking.mask(null)).isNull();
		assertThat(Masking.mask("")).isEmpty();
	}

	@Test
	void aSensitiveChangeIsStoredMasked() {
		AuditEntry entry = AuditEntry.of("CLIENT_UPDATED").sensitiveChange("phone", "13812345678", "13987654321");
		assertThat(entry.changes()).containsExactly(new FieldChange("phone", "138****5678", "139****4321"));
	}

}
