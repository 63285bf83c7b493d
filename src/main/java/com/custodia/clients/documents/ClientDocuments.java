package com.custodia.clients.documents;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.RecordNotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client documents kept in PostgreSQL: PDF, JPEG or PNG up to 10 MB, the type judged from the content. Only users
 * who can see the client can list or download them; every upload and download is audited.
 */
@Service
@Transactional
public class ClientDocuments {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** A document as the list shows it (never its bytes). */
	public record DocumentView(long id, long clientId, DocumentCategory category, String fileName, String contentType,
			long sizeBytes, String sha256, String note, String uploadedBy, Instant uploadedAt) {
	}

	/** A document's bytes with what a download needs. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

	private static final RowMapper<DocumentView> VIEW = (rs, row) -> new DocumentView(rs.getLong("id"),
			rs.getLong("client_id"), DocumentCategory.valueOf(rs.getString("category")), rs.getString("file_name"),
			rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("note"),
			rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());

	private final JdbcTemplate jdbc;

	private final ClientService clients;

	private final AuditTrail audit;

	ClientDocuments(JdbcTemplate jdbc, ClientService clients, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<DocumentView> list(CurrentUser user, long clientId) {
		this.clients.requireInScope(user, clientId);
		return this.jdbc.query("""
				select id, client_id, category, file_name, content_type, size_bytes, sha256, note, uploaded_by, uploaded_at
				from clients_document where client_id = ? order by uploaded_at desc, id desc limit 500""", VIEW, clientId);
	}

	public long upload(CurrentUser user, long clientId, DocumentCategory category, String fileName, String note,
			byte[] content) {
		ClientView client = this.clients.get(user, clientId);
		if (!user.can(Permission.CLIENT_DOCUMENT_WRITE)) {
			throw new org.springframework.security.access.AccessDeniedException(Permission.CLIENT_DOCUMENT_WRITE.name());
		}
		if (client.isClosed()) {
			throw new ClientRuleException("*", "client.closed.readOnly");
		}
		if (category == null) {
			throw new ClientRuleException("category", "client.document.category.required");
		}
		if (content == null || content.length == 0) {
			throw new ClientRuleException("file", "client.document.empty.file");
		}
		if (content.length > MAX_BYTES) {
			throw new ClientRuleException("file", "client.document.tooLarge");
		}
		String type = DocumentTypes.detect(content)
			.orElseThrow(() -> new ClientRuleException("file", "client.document.type"));
		String trimmedNote = (note == null || note.isBlank()) ? null : note.strip();
		if (trimmedNote != null && trimmedNote.length() > 500) {
			throw new ClientRuleException("note", "client.tooLong", 500);
		}
		String name = cleanName(fileName, "document" + switch (type) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		});
		String sha256 = sha256(content);
		Long id = this.jdbc.queryForObject("""
				insert into clients_document (client_id, category, file_name, content_type, size_bytes, sha256, note, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, clientId, category.name(), name, type,
				content.length, sha256, trimmedNote, user.username());
		this.jdbc.update("insert into clients_document_content (document_id, content) values (?, ?)", id, content);
		this.audit.record(AuditEntry.of("CLIENT_DOCUMENT_UPLOADED").target("CLIENT_DOCUMENT", id).client(clientId)
			.change("category", null, category)
			.change("fileName", null, name)
			.change("size", null, content.length)
			.change("sha256", null, sha256));
		return id;
	}

	/**
	 * The document's bytes, for a user who can see the client; the download is audited. An ID scan shows the whole ID
	 * number, so it needs the right to reveal one ({@code CLIENT_SENSITIVE_READ}).
	 */
	public Download download(CurrentUser user, long clientId, long documentId) {
		this.clients.requireInScope(user, clientId);
		List<String> category = this.jdbc.queryForList("select category from clients_document where id = ? and client_id = ?",
				String.class, documentId, clientId);
		if (category.isEmpty()) {
			throw new RecordNotFoundException("document", documentId);
		}
		if (DocumentCategory.ID_SCAN.name().equals(category.get(0)) && !user.can(Permission.CLIENT_SENSITIVE_READ)) {
			throw new org.springframework.security.access.AccessDeniedException(Permission.CLIENT_SENSITIVE_READ.name());
		}
		List<Download> found = this.jdbc.query("""
				select d.file_name, d.content_type, c.content from clients_document d
				join clients_document_content c on c.document_id = d.id
				where d.id = ? and d.client_id = ?""", (rs, row) -> new Download(rs.getString(1), rs.getString(2),
				rs.getBytes(3)), documentId, clientId);
		this.audit.record(AuditEntry.of("CLIENT_DOCUMENT_DOWNLOADED").target("CLIENT_DOCUMENT", documentId)
			.client(clientId).detail(found.get(0).fileName()));
		return found.get(0);
	}

	/** The name without any folder part or control characters, at most 255 characters; the fallback when empty. */
	public static String cleanName(String fileName, String fallback) {
		String name = (fileName == null) ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = fallback;
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
