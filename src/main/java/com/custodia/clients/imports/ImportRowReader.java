package com.custodia.clients.imports;

import com.custodia.web.Amounts;
import com.custodia.clients.ClientKind;
import com.custodia.clients.ClientProfile;
import com.custodia.clients.ClientStatus;
import com.custodia.web.FieldProblem;
import com.custodia.clients.Gender;
import com.custodia.clients.IdType;
import com.custodia.clients.IncomeBand;
import com.custodia.clients.ProfessionalInvestor;
import com.custodia.clients.Segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.custodia.web.Labelled;

import org.springframework.context.MessageSource;

/**
 * Reads one row of an import file into a profile. Values may be written as the code ({@code INDIVIDUAL}), or as the
 * English or Chinese label the pages show ("Individual", "个人"); amounts may carry thousands separators; dates are
 * {@code 2026-11-23} or {@code 2026/11/23}. What cannot be read becomes a problem on its field, like a broken rule.
 */
final class ImportRowReader {

	/** A row read: the profile, its initial status and owner, and what could not be read. */
	record Row(ClientProfile profile, ClientStatus status, String owner, List<FieldProblem> problems) {
	}

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private final Map<Class<?>, Map<String, Object>> labels = new HashMap<>();

	ImportRowReader(MessageSource messages) {
		for (Class<? extends Labelled> type : List.<Class<? extends Labelled>>of(ClientKind.class, Gender.class,
				IdType.class, IncomeBand.class,
				Segment.class, ClientStatus.class, ProfessionalInvestor.Basis.class)) {
			Map<String, Object> byLabel = new HashMap<>();
			for (Labelled constant : type.getEnumConstants()) {
				byLabel.put(ImportColumn.normalize(((Enum<?>) constant).name()), constant);
				String key = constant.messageKey();
				for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
					byLabel.put(ImportColumn.normalize(messages.getMessage(key, null, key, locale)), constant);
				}
			}
			this.labels.put(type, byLabel);
		}
	}

	Row read(Map<ImportColumn, String> values) {
		List<FieldProblem> problems = new ArrayList<>();
		Function<ImportColumn, String> text = (column) -> {
			String value = values.get(column);
			return (value == null || value.isBlank()) ? null : value.strip();
		};
		ClientKind kind = choice(ClientKind.class, ImportColumn.KIND, text, problems);
		ClientProfile profile = new ClientProfile(kind, text.apply(ImportColumn.NAME),
				choice(Gender.class, ImportColumn.GENDER, text, problems), date(ImportColumn.BIRTH_DATE, text, problems),
				text.apply(ImportColumn.OCCUPATION), text.apply(ImportColumn.MOBILE_PHONE), text.apply(ImportColumn.EMAIL),
				text.apply(ImportColumn.ADDRESS), choice(IdType.class, ImportColumn.ID_TYPE, text, problems),
				text.apply(ImportColumn.ID_NUMBER), choice(IncomeBand.class, ImportColumn.INCOME_BAND, text, problems),
				amount(ImportColumn.FINANCIAL_ASSETS, text, problems),
				whole(ImportColumn.YEARS_OF_EXPERIENCE, text, problems), text.apply(ImportColumn.CREDIT_CODE),
				text.apply(ImportColumn.LEGAL_REPRESENTATIVE), text.apply(ImportColumn.CONTACT_PERSON),
				text.apply(ImportColumn.BUSINESS_SCOPE), amount(ImportColumn.NET_ASSETS, text, problems),
				text.apply(ImportColumn.INVESTMENT_NEEDS), choice(Segment.class, ImportColumn.SEGMENT, text, problems),
				yes(ImportColumn.PROFESSIONAL, text, problems),
				choice(ProfessionalInvestor.Basis.class, ImportColumn.PROFESSIONAL_BASIS, text, problems));
		ClientStatus status = choice(ClientStatus.class, ImportColumn.STATUS, text, problems);
		return new Row(profile, (status != null) ? status : ClientStatus.LEAD, text.apply(ImportColumn.OWNER), problems);
	}

	@SuppressWarnings("unchecked")
	private <E> E choice(Class<E> type, ImportColumn column, Function<ImportColumn, String> text,
			List<FieldProblem> problems) {
		String value = text.apply(column);
		if (value == null) {
			return null;
		}
		Object found = this.labels.get(type).get(ImportColumn.normalize(value));
		if (found == null) {
			problems.add(new FieldProblem(column.field(), "client.import.unknownValue", value));
		}
		return (E) found;
	}

	private static LocalDate date(ImportColumn column, Function<ImportColumn, String> text, List<FieldProblem> problems) {
		String value = text.apply(column);
		if (value == null) {
			return null;
		}
		try {
			return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(column.field(), "typeMismatch.java.time.LocalDate"));
			return null;
		}
	}

	private static BigDecimal amount(ImportColumn column, Function<ImportColumn, String> text, List<FieldProblem> problems) {
		String value = text.apply(column);
		if (value == null) {
			return null;
		}
		try {
			return Amounts.parse(value).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(column.field(), "typeMismatch.java.math.BigDecimal"));
			return null;
		}
	}

	private static Integer whole(ImportColumn column, Function<ImportColumn, String> text, List<FieldProblem> problems) {
		String value = text.apply(column);
		if (value == null) {
			return null;
		}
		if (!value.matches("-?[0-9]{1,4}")) {
			problems.add(new FieldProblem(column.field(), "typeMismatch.java.lang.Integer"));
			return null;
		}
		return Integer.valueOf(value);
	}

	private static boolean yes(ImportColumn column, Function<ImportColumn, String> text, List<FieldProblem> problems) {
		String value = text.apply(column);
		if (value == null) {
			return false;
		}
		String normalized = ImportColumn.normalize(value);
		if (List.of("yes", "y", "true", "1", "是").contains(normalized)) {
			return true;
		}
		if (!List.of("no", "n", "false", "0", "否").contains(normalized)) {
			problems.add(new FieldProblem(column.field(), "client.import.yesNo"));
		}
		return false;
	}

	static Map<ImportColumn, String> emptyValues() {
		return new EnumMap<>(ImportColumn.class);
	}

}
