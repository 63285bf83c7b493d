package com.custodia.clients;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientRulesTests {

	private final SegmentRules rules = SegmentRules.DEFAULTS;

	@Test
	void financialAssetsDecideTheIndividualSegmentAtTheThresholds() {
		assertThat(this.rules.individualSegmentFor(new BigDecimal("5999999.99"))).isEqualTo(Segment.INDIVIDUAL_ORDINARY);
		assertThat(this.rules.individualSegmentFor(new BigDecimal("6000000.00"))).isEqualTo(Segment.INDIVIDUAL_HIGH_NET_WORTH);
		assertThat(this.rules.individualSegmentFor(new BigDecimal("100000000"))).isEqualTo(Segment.INDIVIDUAL_ULTRA_HIGH_NET_WORTH);
		assertThat(this.rules.individualSegmentFor(null)).isEqualTo(Segment.INDIVIDUAL_ORDINARY);
	}

	@Test
	void anRmCannotPickASegmentTheAssetsContradict() {
		assertThat(this.rules.permitsIndividual(Segment.INDIVIDUAL_HIGH_NET_WORTH, new BigDecimal("800000"))).isFalse();
		assertThat(this.rules.permitsIndividual(Segment.INDIVIDUAL_ORDINARY, new BigDecimal("800000"))).isTrue();
	}

	@Test
	void thresholdsMustRise() {
		assertThatThrownBy(() -> new SegmentRules(new BigDecimal("10"), new BigDecimal("5")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anIndividualQualifiesByAssetsOrIncomeButOnlyWithTwoYearsOfExperience() {
		assertThat(ProfessionalInvestor.individual(new BigDecimal("5000000"), null, 2))
			.contains(ProfessionalInvestor.Basis.INDIVIDUAL_FINANCIAL_ASSETS);
		assertThat(ProfessionalInvestor.individual(new BigDecimal("100000"), new BigDecimal("500000"), 3))
			.contains(ProfessionalInvestor.Basis.INDIVIDUAL_AVERAGE_INCOME);
		assertThat(ProfessionalInvestor.individual(new BigDecimal("9000000"), new BigDecimal("900000"), 1)).isEmpty();
		assertThat(ProfessionalInvestor.individual(new BigDecimal("4999999.99"), new BigDecimal("499999.99"), 10)).isEmpty();
	}

	@Test
	void anInstitutionNeedsNetAssetsAndFinancialAssetsAndExperience() {
		assertThat(ProfessionalInvestor.institution(new BigDecimal("20000000"), new BigDecimal("10000000"), 2))
			.contains(ProfessionalInvestor.Basis.INSTITUTION_ASSETS);
		assertThat(ProfessionalInvestor.institution(new BigDecimal("20000000"), new BigDecimal("9999999"), 5)).isEmpty();
		assertThat(ProfessionalInvestor.institution(new BigDecimal("19999999"), new BigDecimal("50000000"), 5)).isEmpty();
		assertThat(ProfessionalInvestor.institution(new BigDecimal("90000000"), new BigDecimal("50000000"), 1)).isEmpty();
	}

	@Test
	void clientCodesReadLikeC2026_000123() {
		assertThat(ClientCode.of(2026, 123)).isEqualTo("C2026-000123");
		assertThat(ClientCode.isWellFormed("C2026-000123")).isTrue();
		assertThat(ClientCode.isWellFormed("C2026-123")).isFalse();
		// Past a million clients the number simply grows a digit; codes never repeat.
		assertThat(ClientCode.of(2026, 1_000_000)).isEqualTo("C2026-1000000");
		assertThat(ClientCode.isWellFormed("C2026-1000000")).isTrue();
		assertThatThrownBy(() -> ClientCode.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void sensitiveFieldsAreMaskedTheWayTheIssueShows() {
		assertThat(ContactMasking.idNumber("110101199003071233")).isEqualTo("1101**********1233");
		assertThat(ContactMasking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(ContactMasking.email("wangli@example.com")).isEqualTo("w***@example.com");
		assertThat(ContactMasking.address("上海市浦东新区世纪大道100号")).isEqualTo("上海市浦东新***");
		assertThat(ContactMasking.phone(null)).isNull();
		assertThat(ContactMasking.idNumber("12")).isEqualTo("**");
		assertThat(ContactMasking.idNumber("E12345678")).isEqualTo("E******78");
	}

}
