package com.custodia.clients;


import com.custodia.web.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules every client profile meets, in the form and in the import alike. */
class ClientChecksTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final SegmentRules RULES = SegmentRules.DEFAULTS;

	@Test
	void aCompleteIndividualPasses() {
		assertThat(problems(individual())).isEmpty();
	}

	@Test
	void theIdNumbersBirthDateAndGenderMustMatchThoseEntered() {
		ClientProfile p = individual();
		assertThat(problems(with(p, p.birthDate().plusDays(1), p.gender()))).extracting(FieldProblem::messageKey)
			.containsExactly("client.idNumber.birthDateMismatch");
		assertThat(problems(with(p, p.birthDate(), Gender.MALE))).extracting(FieldProblem::messageKey)
			.containsExactly("client.idNumber.genderMismatch");
	}

	@Test
	void birthDatesMustBePlausible() {
		assertThat(keys(birthDate(TODAY.plusDays(1)))).contains("client.birthDate.future");
		assertThat(keys(birthDate(TODAY.minusYears(17)))).contains("client.birthDate.tooYoung");
		assertThat(keys(birthDate(TODAY.minusYears(121)))).contains("client.birthDate.tooOld");
	}

	@Test
	void mobileNumbersAreElevenDigitsStartingWithOneWhateverSpacingWasTyped() {
		assertThat(ClientProfile.phone("+86 138-1234-5678")).isEqualTo("13812345678");
		assertThat(keys(phone("1381234567"))).contains("client.mobilePhone.format");
		assertThat(keys(phone("12812345678"))).contains("client.mobilePhone.format");
		assertThat(keys(phone("138 1234 5678"))).doesNotContain("client.mobilePhone.format");
	}

	@Test
	void institutionsMayGiveALandlineAndNeedAValidCreditCode() {
		ClientProfile institution = new ClientProfile(ClientKind.INSTITUTION, "上海浦江精密机械有限公司", null, null, null,
				"021-62345678", null, null, null, null, null, new BigDecimal("15000000"), 5, "91310000MA1FL4CT3U", "陈建国",
				"刘敏", null, new BigDecimal("30000000"), null, Segment.INSTITUTION_ENTERPRISE, true,
				ProfessionalInvestor.Basis.INSTITUTION_ASSETS);
		assertThat(problems(institution)).isEmpty();
		ClientProfile badCode = new ClientProfile(ClientKind.INSTITUTION, "某公司", null, null, null, "021-62345678", null,
				null, null, null, null, null, null, "91310000MA1FL4CT3B", null, null, null, null, null,
				Segment.INDIVIDUAL_ORDINARY, false, null);
		assertThat(keys(badCode)).containsExactly("client.creditCode.checkCharacter", "client.required", "client.required",
				"client.segment.wrongKind");
	}

	@Test
	void amountsAreNeverNegativeAndHaveAtMostTwoDecimals() {
		assertThat(keys(assets("-1"))).contains("client.amount.negative");
		assertThat(keys(assets("10.005"))).contains("client.amount.scale");
		assertThat(keys(assets("10.50"))).doesNotContain("client.amount.scale");
	}

	@Test
	void anRmMayNotPickASegmentTheAssetsContradict() {
		ClientProfile rich = withSegment(assets("8000000"), Segment.INDIVIDUAL_ORDINARY);
		List<FieldProblem> problems = problems(rich);
		assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("client.segment.contradicted");
		assertThat(problems.get(0).arguments()).containsExactly(Segment.INDIVIDUAL_HIGH_NET_WORTH.messageKey());
		assertThat(problems(withSegment(assets("8000000"), Segment.INDIVIDUAL_HIGH_NET_WORTH))).isEmpty();
		assertThat(problems(withSegment(assets("100000000"), Segment.INDIVIDUAL_ULTRA_HIGH_NET_WORTH))).isEmpty();
		assertThat(problems(new SegmentRules(new BigDecimal("1000000"), new BigDecimal("2000000")),
				withSegment(assets("1500000"), Segment.INDIVIDUAL_ORDINARY))).extracting(FieldProblem::messageKey)
			.containsExactly("client.segment.contradicted");
	}

	@Test
	void professionalStatusNeedsABasisTheFiguresSupport() {
		ClientProfile claimed = professional(assets("4999999.99"), ProfessionalInvestor.Basis.INDIVIDUAL_FINANCIAL_ASSETS);
		assertThat(keys(claimed)).containsExactly("client.professional.unsupported.INDIVIDUAL_FINANCIAL_ASSETS");
		assertThat(problems(professional(withSegment(assets("5000000"), Segment.INDIVIDUAL_ORDINARY),
				ProfessionalInvestor.Basis.INDIVIDUAL_FINANCIAL_ASSETS))).isEmpty();
		assertThat(keys(professional(individual(), null))).containsExactly("client.professional.basisRequired");
		assertThat(keys(professional(individual(), ProfessionalInvestor.Basis.INSTITUTION_ASSETS)))
			.containsExactly("client.professional.wrongKind");
	}

	@Test
	void theLifecycleMovesOneStepAtATimeAndClosedIsFinal() {
		assertThat(ClientStatus.LEAD.canMoveTo(ClientStatus.PROSPECT)).isTrue();
		assertThat(ClientStatus.LEAD.canMoveTo(ClientStatus.ACTIVE)).isFalse();
		assertThat(ClientStatus.DORMANT.canMoveTo(ClientStatus.ACTIVE)).isTrue();
		assertThat(ClientStatus.PROSPECT.canMoveTo(ClientStatus.CLOSED)).isTrue();
		assertThat(ClientStatus.CLOSED.canMoveTo(ClientStatus.ACTIVE)).isFalse();
		assertThat(ClientStatus.CLOSED.canMoveTo(ClientStatus.CLOSED)).isFalse();
	}


	@Test
	void aClientIsEighteenOnTheirEighteenthBirthdayAndNotTheDayBefore() {
		LocalDate today = TODAY;
		ClientProfile eighteen = ClientFixtures.individualProfile("成年", today.minusYears(18), "13812345678");
		ClientProfile almost = ClientFixtures.individualProfile("未成年", today.minusYears(18).plusDays(1), "13812345678");
		assertThat(ClientChecks.problems(eighteen, SegmentRules.DEFAULTS, today)).isEmpty();
		assertThat(ClientChecks.problems(almost, SegmentRules.DEFAULTS, today)).extracting(FieldProblem::messageKey)
			.containsExactly("client.birthDate.tooYoung");
	}

	private static ClientProfile individual() {
		LocalDate born = LocalDate.of(1985, 3, 12);
		return new ClientProfile(ClientKind.INDIVIDUAL, "王丽华", Gender.FEMALE, born, "企业主", "13812345678",
				"lihua@example.cn", "上海市浦东新区世纪大道100号", IdType.RESIDENT_ID, "110105198503120020", IncomeBand.FROM_500K,
				new BigDecimal("2500000"), 6, null, null, null, null, null, null, Segment.INDIVIDUAL_ORDINARY, false, null);
	}

	private static ClientProfile with(ClientProfile p, LocalDate birthDate, Gender gender) {
		return new ClientProfile(p.kind(), p.name(), gender, birthDate, p.occupation(), p.mobilePhone(), p.email(),
				p.address(), p.idType(), p.idNumber(), p.incomeBand(), p.financialAssets(), p.yearsOfExperience(), null,
				null, null, null, null, null, p.segment(), p.professional(), p.professionalBasis());
	}

	private static ClientProfile birthDate(LocalDate birthDate) {
		ClientProfile p = individual();
		return new ClientProfile(p.kind(), p.name(), p.gender(), birthDate, null, p.mobilePhone(), null, null,
				IdType.PASSPORT, "E12345678", null, null, null, null, null, null, null, null, null, p.segment(), false, null);
	}

	private static ClientProfile phone(String phone) {
		ClientProfile p = individual();
		return new ClientProfile(p.kind(), p.name(), p.gender(), p.birthDate(), null, phone, null, null, p.idType(),
				p.idNumber(), null, null, null, null, null, null, null, null, null, p.segment(), false, null);
	}

	private static ClientProfile assets(String amount) {
		ClientProfile p = individual();
		return new ClientProfile(p.kind(), p.name(), p.gender(), p.birthDate(), null, p.mobilePhone(), null, null,
				p.idType(), p.idNumber(), p.incomeBand(), new BigDecimal(amount), p.yearsOfExperience(), null, null, null,
				null, null, null, p.segment(), false, null);
	}

	private static ClientProfile withSegment(ClientProfile p, Segment segment) {
		return new ClientProfile(p.kind(), p.name(), p.gender(), p.birthDate(), null, p.mobilePhone(), null, null,
				p.idType(), p.idNumber(), p.incomeBand(), p.financialAssets(), p.yearsOfExperience(), null, null, null,
				null, null, null, segment, p.professional(), p.professionalBasis());
	}

	private static ClientProfile professional(ClientProfile p, ProfessionalInvestor.Basis basis) {
		return new ClientProfile(p.kind(), p.name(), p.gender(), p.birthDate(), null, p.mobilePhone(), null, null,
				p.idType(), p.idNumber(), IncomeBand.FROM_300K, p.financialAssets(), p.yearsOfExperience(), null, null,
				null, null, null, null, p.segment(), true, basis);
	}

	private static List<FieldProblem> problems(ClientProfile profile) {
		return problems(RULES, profile);
	}

	private static List<FieldProblem> problems(SegmentRules rules, ClientProfile profile) {
		return ClientChecks.problems(profile, rules, TODAY);
	}

	private static List<String> keys(ClientProfile profile) {
		return problems(profile).stream().map(FieldProblem::messageKey).toList();
	}

}
