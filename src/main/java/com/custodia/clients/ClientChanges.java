package com.custodia.clients;

import java.math.BigDecimal;

import com.custodia.audit.AuditEntry;

/**
 * Notes in an audit entry each profile field that differs between before and after (before is {@code null} for a
 * new client). The ID number, phone, email and address go in masked exactly as the pages mask them: the trail
 * never holds them in full, and trail and pages together reveal no more than either.
 */
public final class ClientChanges {

	private ClientChanges() {
	}

	public static AuditEntry note(AuditEntry entry, ClientProfile before, ClientProfile after) {
		ClientProfile b = (before != null) ? before : new ClientProfile(after.kind(), null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, null);
		return entry.change("name", b.name(), after.name())
			.change("segment", b.segment(), after.segment())
			.change("gender", b.gender(), after.gender())
			.change("birthDate", b.birthDate(), after.birthDate())
			.change("occupation", b.occupation(), after.occupation())
			.change("idType", b.idType(), after.idType())
			.sensitiveChange("idNumber", b.idNumber(), after.idNumber(), ContactMasking::idNumber)
			.change("incomeBand", b.incomeBand(), after.incomeBand())
			.change("creditCode", b.creditCode(), after.creditCode())
			.change("legalRepresentative", b.legalRepresentative(), after.legalRepresentative())
			.change("contactPerson", b.contactPerson(), after.contactPerson())
			.change("businessScope", b.businessScope(), after.businessScope())
			.change("netAssets", amount(b.netAssets()), amount(after.netAssets()))
			.change("investmentNeeds", b.investmentNeeds(), after.investmentNeeds())
			.sensitiveChange("mobilePhone", b.mobilePhone(), after.mobilePhone(), ContactMasking::phone)
			.sensitiveChange("email", b.email(), after.email(), ContactMasking::email)
			.sensitiveChange("address", b.address(), after.address(), ContactMasking::address)
			.change("financialAssets", amount(b.financialAssets()), amount(after.financialAssets()))
			.change("yearsOfExperience", b.yearsOfExperience(), after.yearsOfExperience())
			.change("professional", (before != null) ? b.professional() : null, after.professional())
			.change("professionalBasis", b.professionalBasis(), after.professionalBasis());
	}

	/** Amounts compare by value: 100 and 100.00 are no change. */
	private static String amount(BigDecimal value) {
		return (value != null) ? value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString() : null;
	}

}
