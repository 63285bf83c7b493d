package com.custodia.clients.imports;

import com.custodia.clients.ClientRuleException;
import com.custodia.web.FieldProblem;
import com.custodia.clients.documents.ClientDocuments;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.security.CurrentUser;
import com.custodia.web.RecordNotFoundException;

import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV imports of clients. An upload is stored with the import record, then a background job checks every row,
 * records the rejected ones with their reasons, and inserts the valid ones in one transaction (all or nothing).
 * Clients already on file (same ID number or credit code) are skipped, so importing a file twice adds nothing. Each
 * import is visible only to the user who started it.
 */
@Service
@Transactional
public class ClientImports {

	public static final long MAX_BYTES = 50L * 1024 * 1024;

	public static final int MAX_ROWS = 100_000;

	public enum Status implements com.custodia.web.Labelled {

		QUEUED, VALIDATING, IMPORTING, DONE, FAILED;

		public boolean isRunning() {
			return this == QUEUED || this == VALIDATING || this == IMPORTING;
		}

		@Override
		public String messageKey() {
			return "client.import.status." + name();
		}

	}

	/** An import's state for its page and progress bar. */
	public record ImportView(long id, String fileName, Status status, int rowsTotal, int rowsChecked, int rowsRejected,
			int rowsExisting, int rowsImported, Instant startedAt, Instant finishedAt, String failure) {

		/** 0–100: checking is the first half of the work, inserting the second. */
		public int percent() {
			if (this.status == Status.DONE) {
				return 100;
			}
			if (this.rowsTotal == 0) {
				return 0;
			}
			int valid = Math.max(this.rowsTotal - this.rowsRejected, 1);
			return (this.status == Status.IMPORTING)
					? 50 + (int) (50L * (this.rowsImported + this.rowsExisting) / valid)
					: (int) (50L * this.rowsChecked / this.rowsTotal);
		}

	}

	/** One rejected row: its number in the file (the header is row 1), reasons as field and message key, the line. */
	public record Rejection(int rowNumber, List<FieldProblem> reasons, String line) {
	}

	private static final RowMapper<ImportView> VIEW = (rs, row) -> new ImportView(rs.getLong("id"),
			rs.getString("file_name"), Status.valueOf(rs.getString("status")), rs.getInt("rows_total"),
			rs.getInt("rows_checked"), rs.getInt("rows_rejected"), rs.getInt("rows_existing"),
			rs.getInt("rows_imported"), rs.getTimestamp("started_at").toInstant(),
			(rs.getTimestamp("finished_at") != null) ? rs.getTimestamp("finished_at").toInstant() : null,
			rs.getString("failure"));

	private static final String SELECT = """
			select id, file_name, status, rows_total, rows_checked, rows_rejected, rows_existing, rows_imported,
			       started_at, finished_at, failure from clients_import""";

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final ClientImportJob job;

	private final TaskExecutor executor;

	ClientImports(JdbcTemplate jdbc, AuditTrail audit, ClientImportJob job,
			@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.job = job;
		this.executor = executor;
	}

	/** Stores the file and queues its import; answers the import's id. Run {@link #run} after this commits. */
	public long start(CurrentUser user, String fileName, byte[] content) {
		if (!user.can(com.custodia.security.Permission.CLIENT_IMPORT)) {
			throw new org.springframework.security.access.AccessDeniedException("CLIENT_IMPORT");
		}
		if (content == null || content.length == 0) {
			throw new ClientRuleException("file", "client.import.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new ClientRuleException("file", "client.import.tooLarge");
		}
		if (charsetOf(content) == null) {
			throw new ClientRuleException("file", "client.import.encoding");
		}
		String name = ClientDocuments.cleanName(fileName, "clients.csv");
		Long id = this.jdbc.queryForObject("""
				insert into clients_import (file_name, sha256, status, started_by_id, started_by, content)
				values (?, ?, 'QUEUED', ?, ?, ?) returning id""", Long.class, name, ClientDocuments.sha256(content),
				user.id(), user.username(), content);
		this.audit.record(AuditEntry.of("CLIENT_IMPORT_STARTED").target("CLIENT_IMPORT", id).detail(name)
			.change("sha256", null, ClientDocuments.sha256(content)));
		return id;
	}

	/** Runs the queued import in the background. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public void run(CurrentUser user, long importId) {
		this.executor.execute(() -> this.job.run(importId, user));
	}

	@Transactional(readOnly = true)
	public ImportView get(CurrentUser user, long importId) {
		return this.jdbc.query(SELECT + " where id = ? and started_by_id = ?", VIEW, importId, user.id())
			.stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("import", importId));
	}

	@Transactional(readOnly = true)
	public List<ImportView> recent(CurrentUser user) {
		return this.jdbc.query(SELECT + " where started_by_id = ? order by started_at desc, id desc limit 10", VIEW,
				user.id());
	}

	/** The rejected rows in file order, from {@code afterRow}, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Rejection> rejections(CurrentUser user, long importId, int afterRow, int limit) {
		get(user, importId);
		return this.jdbc.query("""
				select row_number, reasons, line from clients_import_rejection
				where import_id = ? and row_number > ? order by row_number limit ?""",
				(rs, row) -> new Rejection(rs.getInt(1), ClientImportJob.parseReasons(rs.getString(2)), rs.getString(3)),
				importId, afterRow, limit);
	}

	/** Streams every rejected row, for the downloadable report; the download is audited. */
	public void forEachRejection(CurrentUser user, long importId, Consumer<Rejection> consumer) {
		this.audit.record(AuditEntry.of("CLIENT_IMPORT_REPORT_EXPORTED").actor(user.username(), user.roles())
			.target("CLIENT_IMPORT", importId));
		int after = 0;
		while (true) {
			List<Rejection> page = rejections(user, importId, after, 1000);
			page.forEach(consumer);
			if (page.size() < 1000) {
				return;
			}
			after = page.get(page.size() - 1).rowNumber();
		}
	}

	/**
	 * How the file is encoded: UTF-8 (with or without BOM), or else GB18030, as Excel saves "CSV" on Chinese Windows;
	 * {@code null} when it is neither. Decodes in small pieces, so a large file costs no large buffer.
	 */
	static Charset charsetOf(byte[] content) {
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
			var decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			ByteBuffer in = ByteBuffer.wrap(content);
			java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
			boolean ok = true;
			while (ok) {
				var result = decoder.decode(in, out, true);
				if (result.isError()) {
					ok = false;
				}
				else if (result.isUnderflow()) {
					ok = !decoder.flush(out).isError();
					break;
				}
				out.clear();
			}
			if (ok) {
				return charset;
			}
		}
		return null;
	}

}
