package com.custodia.complaints;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.documents.ClientDocuments;
import com.custodia.clients.documents.DocumentTypes;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.RecordNotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A complaint's attachments, under the client documents' rules; each upload and download is audited. */
@Service
@Transactional
public class ComplaintAttachments {

	/** An attachment as the complaint page lists it. */
	public record Attachment(long id, String fileName, String contentType, int size, String uploadedBy,
			Instant uploadedAt) {
	}

	/** An attachment's bytes. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

	private final JdbcTemplate jdbc;

	private final ComplaintQueries queries;

	private final Complaints complaints;

	private final AuditTrail audit;

	private final Clock clock;

	ComplaintAttachments(JdbcTemplate jdbc, ComplaintQueries queries, Complaints complaints, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.complaints = complaints;
		this.audit = audit;
		this.clock = clock;
	}

	public long attach(CurrentUser user, long complaintId, String fileName, byte[] content) {
		Complaint complaint = this.queries.visible(user, complaintId);
		if (!user.can(Permission.COMPLAINT_INTAKE) && !user.can(Permission.COMPLAINT_HANDLE)) {
			throw new AccessDeniedException(Permission.COMPLAINT_HANDLE.name());
		}
		if (content == null || content.length == 0) {
			throw new ClientRuleException("file", "client.document.empty.file");
		}
		if (content.length > ClientDocuments.MAX_BYTES) {
			throw new ClientRuleException("file", "client.document.tooLarge");
		}
		String type = DocumentTypes.detect(content)
			.orElseThrow(() -> new ClientRuleException("file", "client.document.type"));
		String name = ClientDocuments.cleanName(fileName, "attachment" + (type.equals("application/pdf") ? ".pdf"
				: type.equals("image/png") ? ".png" : ".jpg"));
		String sha256 = ClientDocuments.sha256(content);
		Long id = this.jdbc.queryForObject("""
				insert into complaints_attachment (complaint_id, file_name, content_type, size_bytes, sha256, content,
				    uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, complaintId, name,
				type, content.length, sha256, content, user.username(), Timestamp.from(this.clock.instant()));
		this.complaints.event(complaintId, "ATTACHED", complaint.state(), name, user);
		this.audit.record(AuditEntry.of("COMPLAINT_ATTACHMENT_ADDED").target("COMPLAINT", complaintId)
			.client(complaint.clientId()).change("fileName", null, name).change("sha256", null, sha256));
		return id;
	}

	@Transactional(readOnly = true)
	public List<Attachment> list(CurrentUser user, long complaintId) {
		this.queries.visible(user, complaintId);
		return this.jdbc.query("select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from "
				+ "complaints_attachment where complaint_id = ? order by id", (rs, row) -> new Attachment(rs.getLong(1),
						rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant()),
				complaintId);
	}

	public Download download(CurrentUser user, long complaintId, long attachmentId) {
		Complaint complaint = this.queries.visible(user, complaintId);
		Download download = this.jdbc.query("select file_name, content_type, content from complaints_attachment "
				+ "where id = ? and complaint_id = ?", (rs, row) -> new Download(rs.getString(1), rs.getString(2),
						rs.getBytes(3)), attachmentId, complaintId)
			.stream().findFirst().orElseThrow(() -> new RecordNotFoundException("attachment", attachmentId));
		this.audit.record(AuditEntry.of("COMPLAINT_ATTACHMENT_DOWNLOADED").target("COMPLAINT", complaintId)
			.client(complaint.clientId()).detail(download.fileName()));
		return download;
	}

}
