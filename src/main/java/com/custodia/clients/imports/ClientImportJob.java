package com.custodia.clients.imports;

import com.custodia.clients.ClientChanges;
import com.custodia.clients.ClientChecks;
import com.custodia.clients.ClientCode;
import com.custodia.clients.ClientProfile;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientStatus;
import com.custodia.clients.ContactMasking;
import com.custodia.web.FieldProblem;
import com.custodia.clients.SegmentRules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.custodia.access.StaffMember;
import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.security.CurrentUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of one import, in two passes over the file. First every row is read and checked, and each rejected row is
 * recorded with its reasons. Then, in one transaction, the valid rows are inserted 500 at a time, each with its
 * audit event; a row whose ID number or credit code is already on file is skipped. Progress is written as it goes
 * (in its own short transactions) for the page's progress bar. Memory stays flat: rows are streamed, never collected.
 */
@Component
class ClientImportJob {

	private static final Logger log = LoggerFactory.getLogger(ClientImportJob.class);

	private static final int BATCH = 500;

	private static final String[] INSERT_COLUMNS = { "code", "kind", "name", "status", "segment", "owner_id", "team_id",
			"gender", "birth_date", "occupation", "id_type", "id_number", "income_band", "credit_code",
			"legal_representative", "contact_person", "business_scope", "net_assets", "investment_needs", "mobile_phone",
			"email", "address", "financial_assets", "years_of_experience", "professional", "professional_basis",
			"import_id" };

	private final JdbcTemplate jdbc;

	private final ClientService clients;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final TransactionTemplate work;

	private final TransactionTemplate progress;

	ClientImportJob(JdbcTemplate jdbc, ClientService clients, AuditTrail audit, MessageSource messages,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.messages = messages;
		this.work = new TransactionTemplate(transactions);
		this.progress = new TransactionTemplate(transactions);
		this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void run(long importId, CurrentUser user) {
		try {
			byte[] content = this.jdbc.queryForObject("select content from clients_import where id = ?", byte[].class, importId);
			Charset charset = ClientImports.charsetOf(content);
			Map<String, StaffMember> owners = this.clients.assignableOwners(user).stream()
				.collect(Collectors.toMap(StaffMember::username, (member) -> member));
			setStatus(importId, ClientImports.Status.VALIDATING, null);
			BitSet rejected = check(importId, content, charset, user, owners);
			if (rejected == null) {
				return;
			}
			setStatus(importId, ClientImports.Status.IMPORTING, null);
			this.work.executeWithoutResult((status) -> insert(importId, content, charset, user, owners, rejected));
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", importId, ex);
			setStatus(importId, ClientImports.Status.FAILED, "client.import.failed");
		}
	}

	/** First pass: reads and checks every row; answers the rejected rows, or null when the file itself is refused. */
	private BitSet check(long importId, byte[] content, Charset charset, CurrentUser user, Map<String, StaffMember> owners) {
		int total;
		try (CSVParser parser = parse(content, charset)) {
			List<String> unknown = parser.getHeaderNames().stream()
				.filter((header) -> !header.isBlank() && ImportColumn.forHeader(header).isEmpty())
				.toList();
			Set<ImportColumn> present = columns(parser).keySet();
			if (!unknown.isEmpty()) {
				return refuse(importId, "client.import.unknownColumns|" + String.join(", ", unknown));
			}
			if (!present.containsAll(ImportColumn.REQUIRED)) {
				return refuse(importId, "client.import.missingColumns");
			}
			total = (int) parser.stream().count();
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			return refuse(importId, "client.import.notCsv");
		}
		if (total > ClientImports.MAX_ROWS) {
			return refuse(importId, "client.import.tooManyRows");
		}
		this.progress.executeWithoutResult((s) -> this.jdbc.update("update clients_import set rows_total = ? where id = ?",
				total, importId));
		ImportRowReader reader = new ImportRowReader(this.messages);
		SegmentRules rules = this.clients.segmentRules();
		LocalDate today = this.clients.today();
		BitSet rejected = new BitSet();
		Map<String, Integer> firstRowOfKey = new HashMap<>();
		List<Object[]> pending = new ArrayList<>();
		int checked = 0;
		int rejections = 0;
		try (CSVParser parser = parse(content, charset)) {
			Map<ImportColumn, Integer> columns = columns(parser);
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber() + 1;
				List<FieldProblem> problems = problems(reader.read(values(record, columns)), rules, today, owners,
						user.username(), firstRowOfKey, row);
				if (!problems.isEmpty()) {
					rejected.set(row);
					rejections++;
					pending.add(new Object[] { importId, row, formatReasons(problems), line(record, columns) });
				}
				checked++;
				if (pending.size() >= BATCH || checked % 2000 == 0) {
					flushRejections(importId, pending, checked, rejections);
				}
			}
		}
		catch (IOException ex) {
			return refuse(importId, "client.import.notCsv");
		}
		flushRejections(importId, pending, checked, rejections);
		return rejected;
	}

	private List<FieldProblem> problems(ImportRowReader.Row row, SegmentRules rules, LocalDate today,
			Map<String, StaffMember> owners, String importer, Map<String, Integer> firstRowOfKey, int rowNumber) {
		List<FieldProblem> problems = new ArrayList<>(row.problems());
		Set<String> unreadable = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
		ClientChecks.problems(row.profile(), rules, today).stream()
			.filter((problem) -> !unreadable.contains(problem.field()))
			.forEach(problems::add);
		if (!ClientStatus.INITIAL.contains(row.status())) {
			problems.add(new FieldProblem("status", "client.status.initialOnly"));
		}
		if (row.owner() != null && !owners.containsKey(row.owner().toLowerCase(java.util.Locale.ROOT))) {
			problems.add(new FieldProblem("ownerId", "client.import.unknownOwner", row.owner()));
		}
		else if (row.owner() == null && !owners.containsKey(importer)) {
			problems.add(new FieldProblem("ownerId", "client.import.ownerRequired"));
		}
		String key = key(row.profile());
		if (problems.isEmpty() && key != null) {
			Integer first = firstRowOfKey.putIfAbsent(key, rowNumber);
			if (first != null) {
				problems.add(new FieldProblem(row.profile().isIndividual() ? "idNumber" : "creditCode",
						"client.import.duplicateInFile", first));
			}
		}
		return problems;
	}

	/** Second pass, inside one transaction: inserts the valid rows, 500 per statement, with their audit events. */
	private void insert(long importId, byte[] content, Charset charset, CurrentUser user, Map<String, StaffMember> owners,
			BitSet rejected) {
		ImportRowReader reader = new ImportRowReader(this.messages);
		int year = this.clients.today().getYear();
		List<ImportRowReader.Row> batch = new ArrayList<>();
		int[] counts = new int[2];
		try (CSVParser parser = parse(content, charset)) {
			Map<ImportColumn, Integer> columns = columns(parser);
			for (CSVRecord record : parser) {
				if (rejected.get((int) record.getRecordNumber() + 1)) {
					continue;
				}
				batch.add(reader.read(values(record, columns)));
				if (batch.size() == BATCH) {
					insertBatch(importId, batch, year, user, owners, counts);
				}
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		insertBatch(importId, batch, year, user, owners, counts);
		// The uploaded file has served its purpose: keep the counts and the report, not the clients' raw data.
		this.jdbc.update("update clients_import set status = 'DONE', finished_at = now(), rows_imported = ?, "
				+ "rows_existing = ?, content = ''::bytea where id = ?", counts[0], counts[1], importId);
		this.audit.record(AuditEntry.of("CLIENT_IMPORTED").actor(user.username(), user.roles())
			.target("CLIENT_IMPORT", importId)
			.change("imported", null, counts[0])
			.change("alreadyOnFile", null, counts[1])
			.change("rejected", null, rejected.cardinality()));
	}

	private void insertBatch(long importId, List<ImportRowReader.Row> batch, int year, CurrentUser user,
			Map<String, StaffMember> owners, int[] counts) {
		if (batch.isEmpty()) {
			return;
		}
		List<Long> numbers = this.jdbc.queryForList("select nextval('clients_code_seq') from generate_series(1, ?)",
				Long.class, batch.size());
		StringBuilder sql = new StringBuilder("insert into clients_client (")
			.append(String.join(", ", INSERT_COLUMNS)).append(") values ");
		List<Object> parameters = new ArrayList<>();
		Map<String, ImportRowReader.Row> byKey = new HashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			ImportRowReader.Row row = batch.get(i);
			ClientProfile p = row.profile();
			StaffMember owner = (row.owner() != null) ? owners.get(row.owner().toLowerCase(java.util.Locale.ROOT))
					: owners.get(user.username());
			sql.append(i == 0 ? "(" : ", (").append("?, ".repeat(INSERT_COLUMNS.length - 1)).append("?)");
			parameters.addAll(List.of(text(ClientCode.of(year, numbers.get(i))), text(p.kind().name()), text(p.name()),
					text(row.status().name()), text(p.segment().name()), typed(Types.BIGINT, owner.id()),
					typed(Types.BIGINT, owner.teamId()), text(name(p.gender())), typed(Types.DATE, p.birthDate()),
					text(p.occupation()), text(name(p.idType())), text(p.idNumber()), text(name(p.incomeBand())),
					text(p.creditCode()), text(p.legalRepresentative()), text(p.contactPerson()), text(p.businessScope()),
					typed(Types.NUMERIC, p.netAssets()), text(p.investmentNeeds()), text(p.mobilePhone()),
					text(p.email()), text(p.address()), typed(Types.NUMERIC, p.financialAssets()),
					typed(Types.INTEGER, p.yearsOfExperience()), typed(Types.BOOLEAN, p.professional()),
					text(name(p.professionalBasis())), typed(Types.BIGINT, importId)));
			byKey.put(key(p), row);
		}
		sql.append(" on conflict do nothing returning id, code, id_type, id_number, credit_code");
		List<AuditEntry> events = new ArrayList<>();
		this.jdbc.query(sql.toString(), (rs) -> {
			String key = (rs.getString("credit_code") != null) ? "credit:" + rs.getString("credit_code")
					: "id:" + rs.getString("id_type") + ":" + rs.getString("id_number");
			ImportRowReader.Row row = byKey.get(key);
			long id = rs.getLong("id");
			AuditEntry entry = AuditEntry.of("CLIENT_CREATED").actor(user.username(), user.roles())
				.target("CLIENT", id).client(id).detail("import " + importId)
				.change("code", null, rs.getString("code"))
				.change("kind", null, row.profile().kind())
				.change("status", null, row.status())
				.change("owner", null, (row.owner() != null) ? row.owner().toLowerCase(java.util.Locale.ROOT) : user.username());
			events.add(ClientChanges.note(entry, null, row.profile()));
		}, parameters.toArray());
		this.audit.recordAll(events);
		counts[0] += events.size();
		counts[1] += batch.size() - events.size();
		int imported = counts[0];
		int existing = counts[1];
		this.progress.executeWithoutResult((s) -> this.jdbc.update(
				"update clients_import set rows_imported = ?, rows_existing = ? where id = ?", imported, existing, importId));
		batch.clear();
	}

	/** The key that makes a client unique: its ID (type and number) or its credit code. */
	private static String key(ClientProfile profile) {
		if (profile.creditCode() != null && !profile.isIndividual()) {
			return "credit:" + profile.creditCode();
		}
		if (profile.idNumber() != null && profile.idType() != null) {
			return "id:" + profile.idType().name() + ":" + profile.idNumber();
		}
		return null;
	}

	private static CSVParser parse(byte[] content, Charset charset) throws IOException {
		Reader reader = new InputStreamReader(new ByteArrayInputStream(content), charset);
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(true)
			.get();
		return CSVParser.builder().setReader(reader).setFormat(format).get();
	}

	private static Map<ImportColumn, Integer> columns(CSVParser parser) {
		Map<ImportColumn, Integer> columns = new java.util.EnumMap<>(ImportColumn.class);
		List<String> headers = parser.getHeaderNames();
		for (int i = 0; i < headers.size(); i++) {
			int index = i;
			ImportColumn.forHeader(headers.get(i)).ifPresent((column) -> columns.putIfAbsent(column, index));
		}
		return columns;
	}

	private static Map<ImportColumn, String> values(CSVRecord record, Map<ImportColumn, Integer> columns) {
		Map<ImportColumn, String> values = ImportRowReader.emptyValues();
		columns.forEach((column, index) -> {
			if (index < record.size()) {
				values.put(column, record.get(index));
			}
		});
		return values;
	}

	/**
	 * The row as read, for the report, with the ID number, phone, email and address masked as on the pages: the
	 * report is kept, and it is not the place to read them in full.
	 */
	private static String line(CSVRecord record, Map<ImportColumn, Integer> columns) {
		List<String> values = new ArrayList<>(record.toList());
		Map<ImportColumn, java.util.function.UnaryOperator<String>> masks = Map.of(ImportColumn.ID_NUMBER,
				ContactMasking::idNumber, ImportColumn.MOBILE_PHONE, ContactMasking::phone, ImportColumn.EMAIL,
				ContactMasking::email, ImportColumn.ADDRESS, ContactMasking::address);
		masks.forEach((column, mask) -> {
			Integer index = columns.get(column);
			if (index != null && index < values.size() && !values.get(index).isBlank()) {
				values.set(index, mask.apply(values.get(index).strip()));
			}
		});
		String line = com.custodia.web.PlainText.clean(CSVFormat.DEFAULT.format(values.toArray()));
		return (line.length() > 8000) ? line.substring(0, 8000) : line;
	}

	/** Reasons are kept as "field=key|argument" lines and shown in the reader's language. */
	static String formatReasons(List<FieldProblem> problems) {
		String text = problems.stream()
			.map((p) -> p.field() + "=" + p.messageKey() + ((p.arguments().length > 0) ? "|" + p.arguments()[0] : ""))
			.collect(Collectors.joining("\n"));
		return (text.length() > 4000) ? text.substring(0, 4000) : text;
	}

	static List<FieldProblem> parseReasons(String text) {
		List<FieldProblem> problems = new ArrayList<>();
		for (String line : text.split("\n")) {
			int equals = line.indexOf('=');
			if (equals < 0) {
				continue;
			}
			String rest = line.substring(equals + 1);
			int bar = rest.indexOf('|');
			problems.add((bar < 0) ? new FieldProblem(line.substring(0, equals), rest)
					: new FieldProblem(line.substring(0, equals), rest.substring(0, bar), rest.substring(bar + 1)));
		}
		return problems;
	}

	private void flushRejections(long importId, List<Object[]> pending, int checked, int rejections) {
		this.progress.executeWithoutResult((s) -> {
			if (!pending.isEmpty()) {
				this.jdbc.batchUpdate("insert into clients_import_rejection (import_id, row_number, reasons, line) "
						+ "values (?, ?, ?, ?)", pending);
			}
			this.jdbc.update("update clients_import set rows_checked = ?, rows_rejected = ? where id = ?", checked,
					rejections, importId);
		});
		pending.clear();
	}

	private BitSet refuse(long importId, String failure) {
		setStatus(importId, ClientImports.Status.FAILED, failure);
		return null;
	}

	private void setStatus(long importId, ClientImports.Status status, String failure) {
		// One statement, so nobody reading the import sees it failed with rows still counted as imported: on failure
		// nothing from the file was added (the insert rolled back), whatever the progress said, and the file is dropped.
		this.progress.executeWithoutResult((s) -> this.jdbc.update("""
				update clients_import set status = ?, failure = ?,
				    finished_at = case when ? in ('DONE', 'FAILED') then now() end,
				    rows_imported = case when ? = 'FAILED' then 0 else rows_imported end,
				    rows_existing = case when ? = 'FAILED' then 0 else rows_existing end,
				    content = case when ? = 'FAILED' then ''::bytea else content end
				where id = ?""", status.name(), failure, status.name(), status.name(), status.name(), status.name(),
				importId));
	}

	private static SqlParameterValue text(String value) {
		return new SqlParameterValue(Types.VARCHAR, value);
	}

	private static SqlParameterValue typed(int type, Object value) {
		return new SqlParameterValue(type, value);
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
