package com.custodia.clients.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns an import file may have, each known by an English and one or more Chinese headers (matched ignoring
 * case, spaces, underscores and a trailing note in brackets, so "Birth date", "birth_date" and "出生日期（年月日）" all
 * name the birth date). {@code field} is the profile field its problems are reported against.
 */
public enum ImportColumn {

	KIND("kind", "kind", "类型", "客户类型"),
	NAME("name", "name", "名称", "姓名", "客户名称", "机构名称"),
	GENDER("gender", "gender", "性别"),
	BIRTH_DATE("birthDate", "birth_date", "出生日期"),
	OCCUPATION("occupation", "occupation", "职业"),
	MOBILE_PHONE("mobilePhone", "mobile_phone", "phone", "手机号码", "手机", "联系电话", "电话"),
	EMAIL("email", "email", "电子邮箱", "邮箱"),
	ADDRESS("address", "address", "地址"),
	ID_TYPE("idType", "id_type", "证件类型"),
	ID_NUMBER("idNumber", "id_number", "证件号码", "身份证号码"),
	INCOME_BAND("incomeBand", "income_band", "年收入"),
	FINANCIAL_ASSETS("financialAssets", "financial_assets", "金融资产"),
	YEARS_OF_EXPERIENCE("yearsOfExperience", "years_of_experience", "投资经验", "投资年限"),
	CREDIT_CODE("creditCode", "credit_code", "统一社会信用代码", "信用代码"),
	LEGAL_REPRESENTATIVE("legalRepresentative", "legal_representative", "法定代表人"),
	CONTACT_PERSON("contactPerson", "contact_person", "联系人"),
	BUSINESS_SCOPE("businessScope", "business_scope", "经营范围"),
	NET_ASSETS("netAssets", "net_assets", "净资产"),
	INVESTMENT_NEEDS("investmentNeeds", "investment_needs", "投资需求"),
	SEGMENT("segment", "segment", "客户细分", "细分"),
	PROFESSIONAL("professional", "professional", "专业投资者"),
	PROFESSIONAL_BASIS("professionalBasis", "professional_basis", "专业投资者认定依据", "认定依据"),
	STATUS("status", "status", "状态"),
	OWNER("ownerId", "owner", "客户经理");

	/** The columns a file must have. */
	static final Set<ImportColumn> REQUIRED = Set.of(KIND, NAME);

	private final String field;

	private final String[] headers;

	ImportColumn(String field, String... headers) {
		this.field = field;
		this.headers = headers;
	}

	String field() {
		return this.field;
	}

	/** The English header, as the template file and the reports name the column. */
	String header() {
		return this.headers[0];
	}

	/** The Chinese header, as the template for Chinese users names the column. */
	String chineseHeader() {
		return Arrays.stream(this.headers).filter((header) -> header.codePoints().anyMatch((c) -> c > 0x2E80))
			.findFirst()
			.orElse(header());
	}

	/** The template's header row in the user's language. */
	public static String templateHeader(Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		return Arrays.stream(values())
			.map((column) -> english ? column.header() : column.chineseHeader())
			.collect(java.util.stream.Collectors.joining(","));
	}

	static Optional<ImportColumn> forHeader(String header) {
		String wanted = normalize(header);
		return Arrays.stream(values())
			.filter((column) -> Arrays.stream(column.headers).anyMatch((known) -> normalize(known).equals(wanted)))
			.findFirst();
	}

	static String normalize(String text) {
		return (text == null) ? "" : text.replaceAll("[(（][^)）]*[)）]\\s*$", "")
			.replaceAll("[\\s_\\-\\uFEFF]", "")
			.toLowerCase(Locale.ROOT);
	}

}
