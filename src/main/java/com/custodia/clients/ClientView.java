package com.custodia.clients;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;

/**
 * A client as a user may see them: the ID number always masked (revealing it is a separate, audited action), the
 * phone, email and address masked unless the user holds {@code CLIENT_CONTACT_READ}. Pages, lists and exports show
 * only this, never the entity.
 */
public record ClientView(long id, String code, ClientKind kind, String name, ClientStatus status, Segment segment,
		long ownerId, String ownerName, Long teamId, Gender gender, LocalDate birthDate, String occupation, IdType idType,
		String idNumber, IncomeBand incomeBand, String creditCode, String legalRepresentative, String contactPerson,
		String businessScope, BigDecimal netAssets, String investmentNeeds, String mobilePhone, String email,
		String address, boolean contactMasked, BigDecimal financialAssets, Integer yearsOfExperience,
		boolean professional, ProfessionalInvestor.Basis professionalBasis, RiskLevel riskLevel, LocalDate riskExpiresOn,
		boolean riskValid, Tier tier, String closeReason, Instant closedAt, Instant createdAt, Instant updatedAt, long version) {

	static ClientView of(Client client, String ownerName, CurrentUser reader, LocalDate today) {
		boolean contact = reader.can(Permission.CLIENT_CONTACT_READ);
		ClientProfile p = client.profile();
		return new ClientView(client.getId(), client.getCode(), p.kind(), p.name(), client.getStatus(), p.segment(),
				client.getOwnerId(), ownerName, client.getTeamId(), p.gender(), p.birthDate(), p.occupation(),
				p.idType(), ContactMasking.idNumber(p.idNumber()), p.incomeBand(), p.creditCode(),
				p.legalRepresentative(), p.contactPerson(), p.businessScope(), p.netAssets(), p.investmentNeeds(),
				contact ? p.mobilePhone() : ContactMasking.phone(p.mobilePhone()),
				contact ? p.email() : ContactMasking.email(p.email()),
				contact ? p.address() : ContactMasking.address(p.address()), !contact, p.financialAssets(),
				p.yearsOfExperience(), p.professional(), p.professionalBasis(), client.getRiskLevel(),
				client.getRiskExpiresOn(),
				client.getRiskExpiresOn() != null && today.isBefore(client.getRiskExpiresOn()), client.getTier(),
				client.getCloseReason(),
				client.getClosedAt(), client.getCreatedAt(), client.getUpdatedAt(), client.getVersion());
	}

	public boolean isIndividual() {
		return this.kind == ClientKind.INDIVIDUAL;
	}

	/** The level that holds today, or {@code null}: never assessed, or the last assessment expired. */
	public RiskLevel currentRiskLevel() {
		return this.riskValid ? this.riskLevel : null;
	}

	public boolean isUltraHighNetWorth() {
		return this.segment == Segment.INDIVIDUAL_ULTRA_HIGH_NET_WORTH;
	}

	/** The clients whose risk assessments wait for an interview whatever their result (DESIGN.md): UHNW or Diamond. */
	public boolean isUltraHighNetWorthOrDiamond() {
		return isUltraHighNetWorth() || this.tier == Tier.DIAMOND;
	}

	/** The age in whole years on {@code day}, or {@code null} for an institution or an unknown birth date. */
	public Integer ageOn(LocalDate day) {
		return (this.birthDate != null) ? java.time.Period.between(this.birthDate, day).getYears() : null;
	}

	public boolean isClosed() {
		return this.status == ClientStatus.CLOSED;
	}

}
