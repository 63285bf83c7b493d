package com.custodia.clients;

import com.custodia.web.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every rule a client's profile must meet, for the form and the CSV import alike: required fields by kind, formats
 * (GB 11643 ID numbers, GB 32100 credit codes, mainland mobile numbers, emails), plausible dates and amounts, a segment
 * the assets do not contradict, and a professional-investor basis the figures support.
 */
public final class ClientChecks {

	/** The youngest client the firm onboards (full civil capacity) and the oldest plausible age. */
	static final int MINIMUM_AGE = 18;

	static final int MAXIMUM_AGE = 120;

	static final BigDecimal MAXIMUM_AMOUNT = new BigDecimal("999999999999999.99");

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

	private static final Pattern PERMIT = Pattern.compile("[A-Z0-9]{8,18}");

	/** Other documents (an officer's card, say) may hold Chinese characters, but only letters, digits and dashes. */
	private static final Pattern OTHER_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,39}");

	private final SegmentRules segments;

	private final LocalDate today;

	private final List<FieldProblem> problems = new ArrayList<>();

	private ClientChecks(SegmentRules segments, LocalDate today) {
		this.segments = segments;
		this.today = today;
	}

	/** The profile's problems, in form order; empty when it may be saved. */
	public static List<FieldProblem> problems(ClientProfile profile, SegmentRules segments, LocalDate today) {
		ClientChecks checks = new ClientChecks(segments, today);
		checks.check(profile);
		return List.copyOf(checks.problems);
	}

	private void check(ClientProfile client) {
		if (client.kind() == null) {
			reject("kind", "client.kind.required");
			return;
		}
		required("name", client.name());
		length("name", client.name(), client.isIndividual() ? 100 : 200);
		if (client.isIndividual()) {
			checkIndividual(client);
		}
		else {
			checkInstitution(client);
		}
		if (client.email() != null) {
			length("email", client.email(), 254);
			if (client.email().length() <= 254 && !EMAIL.matcher(client.email()).matches()) {
				reject("email", "client.email.format");
			}
		}
		length("address", client.address(), 300);
		amount("financialAssets", client.financialAssets());
		if (client.yearsOfExperience() != null && (client.yearsOfExperience() < 0 || client.yearsOfExperience() > 80)) {
			reject("yearsOfExperience", "client.yearsOfExperience.range");
		}
		checkSegment(client);
		checkProfessional(client);
	}

	private void checkIndividual(ClientProfile client) {
		if (client.gender() == null) {
			reject("gender", "client.gender.required");
		}
		if (client.birthDate() == null) {
			reject("birthDate", "client.birthDate.required");
		}
		else if (client.birthDate().isAfter(this.today)) {
			reject("birthDate", "client.birthDate.future");
		}
		else {
			int age = Period.between(client.birthDate(), this.today).getYears();
			if (age < MINIMUM_AGE) {
				reject("birthDate", "client.birthDate.tooYoung", MINIMUM_AGE);
			}
			else if (age > MAXIMUM_AGE) {
				reject("birthDate", "client.birthDate.tooOld", MAXIMUM_AGE);
			}
		}
		length("occupation", client.occupation(), 100);
		required("mobilePhone", client.mobilePhone());
		if (client.mobilePhone() != null && !MOBILE.matcher(client.mobilePhone()).matches()) {
			reject("mobilePhone", "client.mobilePhone.format");
		}
		if (client.idType() == null) {
			reject("idType", "client.idType.required");
		}
		required("idNumber", client.idNumber());
		if (client.idType() != null && client.idNumber() != null) {
			checkIdNumber(client);
		}
	}

	private void checkIdNumber(ClientProfile client) {
		String number = client.idNumber();
		switch (client.idType()) {
			case RESIDENT_ID -> {
				var problem = ResidentIdNumber.problem(number);
				if (problem.isPresent()) {
					reject("idNumber", problem.get());
					return;
				}
				if (client.birthDate() != null && !ResidentIdNumber.birthDate(number).orElseThrow().equals(client.birthDate())) {
					reject("idNumber", "client.idNumber.birthDateMismatch");
				}
				if (client.gender() != null && ResidentIdNumber.gender(number) != client.gender()) {
					reject("idNumber", "client.idNumber.genderMismatch");
				}
			}
			case PASSPORT -> {
				if (!PASSPORT.matcher(number).matches()) {
					reject("idNumber", "client.idNumber.passportFormat");
				}
			}
			case HMT_PERMIT -> {
				if (!PERMIT.matcher(number).matches()) {
					reject("idNumber", "client.idNumber.permitFormat");
				}
			}
			case OTHER -> {
				if (!OTHER_ID.matcher(number).matches()) {
					reject("idNumber", "client.idNumber.otherFormat");
				}
			}
		}
	}

	private void checkInstitution(ClientProfile client) {
		required("creditCode", client.creditCode());
		if (client.creditCode() != null) {
			UnifiedSocialCreditCode.problem(client.creditCode()).ifPresent((key) -> reject("creditCode", key));
		}
		required("legalRepresentative", client.legalRepresentative());
		length("legalRepresentative", client.legalRepresentative(), 100);
		required("contactPerson", client.contactPerson());
		length("contactPerson", client.contactPerson(), 100);
		required("mobilePhone", client.mobilePhone());
		if (client.mobilePhone() != null && !MOBILE.matcher(client.mobilePhone()).matches()
				&& !LANDLINE.matcher(client.mobilePhone()).matches()) {
			reject("mobilePhone", "client.phone.format");
		}
		length("businessScope", client.businessScope(), 2000);
		amount("netAssets", client.netAssets());
		length("investmentNeeds", client.investmentNeeds(), 2000);
	}

	private void checkSegment(ClientProfile client) {
		if (client.segment() == null) {
			reject("segment", "client.segment.required");
			return;
		}
		if (client.segment().isIndividual() != client.isIndividual()) {
			reject("segment", "client.segment.wrongKind");
			return;
		}
		// Unknown assets contradict no segment; known assets decide the individual segment.
		if (client.isIndividual() && client.financialAssets() != null && client.financialAssets().signum() >= 0
				&& !this.segments.permitsIndividual(client.segment(), client.financialAssets())) {
			Segment expected = this.segments.individualSegmentFor(client.financialAssets());
			reject("segment", "client.segment.contradicted", expected.messageKey());
		}
	}

	private void checkProfessional(ClientProfile client) {
		if (!client.professional()) {
			return;
		}
		ProfessionalInvestor.Basis basis = client.professionalBasis();
		if (basis == null) {
			reject("professionalBasis", "client.professional.basisRequired");
			return;
		}
		if (basis.isIndividual() != client.isIndividual()) {
			reject("professionalBasis", "client.professional.wrongKind");
			return;
		}
		BigDecimal income = (client.incomeBand() != null) ? client.incomeBand().from() : null;
		if (!ProfessionalInvestor.supports(basis, client.financialAssets(), income, client.netAssets(),
				client.yearsOfExperience())) {
			reject("professionalBasis", "client.professional.unsupported." + basis.name());
		}
	}

	private void required(String field, Object value) {
		if (value == null) {
			reject(field, "client.required");
		}
	}

	private void length(String field, String value, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			reject(field, "client.tooLong", max);
		}
	}

	private void amount(String field, BigDecimal value) {
		if (value == null) {
			return;
		}
		if (value.signum() < 0) {
			reject(field, "client.amount.negative");
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			reject(field, "client.amount.scale");
		}
		else if (value.compareTo(MAXIMUM_AMOUNT) > 0) {
			reject(field, "client.amount.tooLarge");
		}
	}

	private void reject(String field, String key, Object... arguments) {
		this.problems.add(new FieldProblem(field, key, arguments));
	}

}
