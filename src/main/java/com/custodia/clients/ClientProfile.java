package com.custodia.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is known about a client, as entered in the form or read from an import row: the fields of both kinds, those of
 * the other kind left empty. Text is trimmed, empty text is {@code null}, ID numbers, credit codes and phone numbers
 * are normalised, so that checks and storage see one spelling.
 */
public record ClientProfile(ClientKind kind, String name, Gender gender, LocalDate birthDate, String occupation,
		String mobilePhone, String email, String address, IdType idType, String idNumber, IncomeBand incomeBand,
		BigDecimal financialAssets, Integer yearsOfExperience, String creditCode, String legalRepresentative,
		String contactPerson, String businessScope, BigDecimal netAssets, String investmentNeeds, Segment segment,
		boolean professional, ProfessionalInvestor.Basis professionalBasis) {

	public ClientProfile {
		name = text(name);
		occupation = text(occupation);
		mobilePhone = phone(mobilePhone);
		email = text(email);
		address = text(address);
		// Any ID document: spaces people type between groups go, letters (an X check digit, a passport's E) are upper case.
		idNumber = (text(idNumber) == null) ? null : text(idNumber).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		creditCode = (text(creditCode) == null) ? null : UnifiedSocialCreditCode.normalize(creditCode);
		legalRepresentative = text(legalRepresentative);
		contactPerson = text(contactPerson);
		businessScope = text(businessScope);
		investmentNeeds = text(investmentNeeds);
		if (!professional) {
			professionalBasis = null;
		}
		if (kind == ClientKind.INSTITUTION) {
			gender = null;
			birthDate = null;
			occupation = null;
			idType = null;
			idNumber = null;
			incomeBand = null;
		}
		else if (kind == ClientKind.INDIVIDUAL) {
			creditCode = null;
			legalRepresentative = null;
			contactPerson = null;
			businessScope = null;
			netAssets = null;
			investmentNeeds = null;
		}
	}

	public boolean isIndividual() {
		return this.kind == ClientKind.INDIVIDUAL;
	}

	private static String text(String value) {
		String clean = com.custodia.web.PlainText.clean(value);
		return (clean == null || clean.isBlank()) ? null : clean.strip();
	}



	/** Drops spaces and dashes between digit groups and a leading +86 or 0086 from mobile numbers. */
	static String phone(String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		String compact = text.replaceAll("[\\s()]", "");
		if (compact.matches("(\\+86|0086)-?1[0-9-]+")) {
			compact = compact.replaceFirst("^(\\+86|0086)-?", "");
		}
		return compact.matches("1[0-9-]+") ? compact.replace("-", "") : compact;
	}

}
