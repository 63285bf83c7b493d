package com.custodia.clients.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.custodia.clients.ClientKind;
import com.custodia.clients.ClientProfile;
import com.custodia.clients.ClientStatus;
import com.custodia.clients.Gender;
import com.custodia.clients.IdType;
import com.custodia.clients.IncomeBand;
import com.custodia.clients.ProfessionalInvestor;
import com.custodia.clients.Segment;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A user onboarding or editing a client. Binding only: every rule lives in {@code ClientChecks}, shared with the
 * CSV import, and the controller puts its findings next to the fields. On edit an empty ID number means "keep the
 * stored one" (the form never shows it in full).
 */
public class ClientForm {

	private ClientKind kind;

	private String name;

	private Gender gender;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	private String occupation;

	private String mobilePhone;

	private String email;

	private String address;

	private IdType idType;

	private String idNumber;

	private IncomeBand incomeBand;

	private BigDecimal financialAssets;

	private Integer yearsOfExperience;

	private String creditCode;

	private String legalRepresentative;

	private String contactPerson;

	private String businessScope;

	private BigDecimal netAssets;

	private String investmentNeeds;

	private Segment segment;

	private boolean professional;

	private ProfessionalInvestor.Basis professionalBasis;

	private ClientStatus status = ClientStatus.LEAD;

	private Long ownerId;

	private long version;

	static ClientForm blank(ClientKind kind) {
		ClientForm form = new ClientForm();
		form.kind = kind;
		form.idType = (kind == ClientKind.INDIVIDUAL) ? IdType.RESIDENT_ID : null;
		return form;
	}

	/** The form for editing: the stored profile, the ID number left empty. */
	static ClientForm of(ClientProfile profile, long version) {
		ClientForm form = new ClientForm();
		form.kind = profile.kind();
		form.name = profile.name();
		form.gender = profile.gender();
		form.birthDate = profile.birthDate();
		form.occupation = profile.occupation();
		form.mobilePhone = profile.mobilePhone();
		form.email = profile.email();
		form.address = profile.address();
		form.idType = profile.idType();
		form.incomeBand = profile.incomeBand();
		form.financialAssets = plain(profile.financialAssets());
		form.yearsOfExperience = profile.yearsOfExperience();
		form.creditCode = profile.creditCode();
		form.legalRepresentative = profile.legalRepresentative();
		form.contactPerson = profile.contactPerson();
		form.businessScope = profile.businessScope();
		form.netAssets = plain(profile.netAssets());
		form.investmentNeeds = profile.investmentNeeds();
		form.segment = profile.segment();
		form.professional = profile.professional();
		form.professionalBasis = profile.professionalBasis();
		form.version = version;
		return form;
	}

	ClientProfile toProfile() {
		return new ClientProfile(this.kind, this.name, this.gender, this.birthDate, this.occupation, this.mobilePhone,
				this.email, this.address, this.idType, this.idNumber, this.incomeBand, this.financialAssets,
				this.yearsOfExperience, this.creditCode, this.legalRepresentative, this.contactPerson,
				this.businessScope, this.netAssets, this.investmentNeeds, this.segment, this.professional,
				this.professionalBasis);
	}

	boolean isIdNumberBlank() {
		return this.idNumber == null || this.idNumber.isBlank();
	}

	private static BigDecimal plain(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, java.math.RoundingMode.UNNECESSARY) : null;
	}

	public ClientKind getKind() {
		return this.kind;
	}

	public void setKind(ClientKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Gender getGender() {
		return this.gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getOccupation() {
		return this.occupation;
	}

	public void setOccupation(String occupation) {
		this.occupation = occupation;
	}

	public String getMobilePhone() {
		return this.mobilePhone;
	}

	public void setMobilePhone(String mobilePhone) {
		this.mobilePhone = mobilePhone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public IdType getIdType() {
		return this.idType;
	}

	public void setIdType(IdType idType) {
		this.idType = idType;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public IncomeBand getIncomeBand() {
		return this.incomeBand;
	}

	public void setIncomeBand(IncomeBand incomeBand) {
		this.incomeBand = incomeBand;
	}

	public BigDecimal getFinancialAssets() {
		return this.financialAssets;
	}

	public void setFinancialAssets(BigDecimal financialAssets) {
		this.financialAssets = financialAssets;
	}

	public Integer getYearsOfExperience() {
		return this.yearsOfExperience;
	}

	public void setYearsOfExperience(Integer yearsOfExperience) {
		this.yearsOfExperience = yearsOfExperience;
	}

	public String getCreditCode() {
		return this.creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getLegalRepresentative() {
		return this.legalRepresentative;
	}

	public void setLegalRepresentative(String legalRepresentative) {
		this.legalRepresentative = legalRepresentative;
	}

	public String getContactPerson() {
		return this.contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public String getBusinessScope() {
		return this.businessScope;
	}

	public void setBusinessScope(String businessScope) {
		this.businessScope = businessScope;
	}

	public BigDecimal getNetAssets() {
		return this.netAssets;
	}

	public void setNetAssets(BigDecimal netAssets) {
		this.netAssets = netAssets;
	}

	public String getInvestmentNeeds() {
		return this.investmentNeeds;
	}

	public void setInvestmentNeeds(String investmentNeeds) {
		this.investmentNeeds = investmentNeeds;
	}

	public Segment getSegment() {
		return this.segment;
	}

	public void setSegment(Segment segment) {
		this.segment = segment;
	}

	public boolean isProfessional() {
		return this.professional;
	}

	public void setProfessional(boolean professional) {
		this.professional = professional;
	}

	public ProfessionalInvestor.Basis getProfessionalBasis() {
		return this.professionalBasis;
	}

	public void setProfessionalBasis(ProfessionalInvestor.Basis professionalBasis) {
		this.professionalBasis = professionalBasis;
	}

	public ClientStatus getStatus() {
		return this.status;
	}

	public void setStatus(ClientStatus status) {
		this.status = status;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
