package com.custodia.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientKind;
import com.custodia.clients.ClientRuleException;
import com.custodia.web.FieldProblem;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.StaleRecordException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned risk questionnaires. Each kind (individual, institution) has at most one draft, which may be edited
 * freely, and at most one published version in force. Publishing freezes the draft (the database refuses any later
 * change to its content) and retires the version it replaces; editing a published questionnaire starts a new draft
 * from it. Assessments keep the id of the exact version answered.
 */
@Service
@Transactional
public class Questionnaires {

	public static final int MAX_QUESTIONS = 60;

	static final int MAX_OPTIONS = 10;

	static final int MAX_TEXT = 500;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	Questionnaires(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every version, by kind and newest first. */
	@Transactional(readOnly = true)
	public List<Questionnaire> all() {
		return this.jdbc.sql("select * from risk_questionnaire order by kind, version_number desc").query(this::map).list();
	}

	@Transactional(readOnly = true)
	public Questionnaire get(long id) {
		return this.jdbc.sql("select * from risk_questionnaire where id = ?").param(id).query(this::map).optional()
			.orElseThrow(() -> new RecordNotFoundException("questionnaire", id));
	}

	/** The version in force for clients of this kind, if one has been published. */
	@Transactional(readOnly = true)
	public Optional<Questionnaire> inForce(ClientKind kind) {
		return this.jdbc.sql("select * from risk_questionnaire where kind = ? and status = 'PUBLISHED'")
			.param(kind.name()).query(this::map).optional();
	}

	/**
	 * The kind's draft: the one being edited, or a new one copied from the version in force (or empty when there is
	 * none yet). Answers its id.
	 */
	public long draft(CurrentUser user, ClientKind kind) {
		requireAdmin(user);
		Optional<Long> existing = this.jdbc.sql("select id from risk_questionnaire where kind = ? and status = 'DRAFT'")
			.param(kind.name()).query(Long.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		QuestionnaireContent content = inForce(kind).map(Questionnaire::content)
			.orElseGet(() -> new QuestionnaireContent("", "", List.of(), List.of(), null, null));
		int next = this.jdbc.sql("select coalesce(max(version_number), 0) + 1 from risk_questionnaire where kind = ?")
			.param(kind.name()).query(Integer.class).single();
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("insert into risk_questionnaire (kind, version_number, status, content, created_at, "
				+ "created_by, updated_at) values (?, ?, 'DRAFT', cast(? as jsonb), ?, ?, ?) returning id")
			.params(kind.name(), next, this.json.writeValueAsString(content), Rows.timestamp(now),
					user.username(), Rows.timestamp(now))
			.query(Long.class).single();
		this.audit.record(AuditEntry.of("QUESTIONNAIRE_DRAFT_STARTED").target("QUESTIONNAIRE", id)
			.change("kind", null, kind).change("versionNumber", null, next));
		return id;
	}

	/** Saves a draft's content and answers its new version; refused for a published version and for a stale form. */
	public long save(CurrentUser user, long id, long version, QuestionnaireContent content) {
		requireAdmin(user);
		Questionnaire stored = get(id);
		if (!stored.isDraft()) {
			throw new ClientRuleException("*", "risk.questionnaire.frozen");
		}
		StaleRecordException.check("questionnaire", id, version, stored.version());
		List<FieldProblem> problems = draftProblems(content);
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		QuestionnaireContent numbered = content.renumbered();
		int updated = this.jdbc.sql("update risk_questionnaire set content = cast(? as jsonb), updated_at = ?, "
				+ "version = version + 1 where id = ? and version = ? and status = 'DRAFT'")
			.params(this.json.writeValueAsString(numbered), Rows.timestamp(this.clock.instant()), id, version)
			.update();
		if (updated == 0) {
			throw new StaleRecordException("questionnaire", id);
		}
		this.audit.record(AuditEntry.of("QUESTIONNAIRE_DRAFT_SAVED").target("QUESTIONNAIRE", id)
			.change("questions", stored.content().questions().size(), numbered.questions().size()));
		return version + 1;
	}

	/** Publishes a draft: checks it whole, freezes it, and retires the version it replaces. */
	public void publish(CurrentUser user, long id, long version) {
		requireAdmin(user);
		Questionnaire draft = get(id);
		if (!draft.isDraft()) {
			throw new ClientRuleException("*", "risk.questionnaire.frozen");
		}
		if (draft.version() != version) {
			throw new StaleRecordException("questionnaire", id);
		}
		List<FieldProblem> problems = publishProblems(draft.content());
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		Instant now = this.clock.instant();
		Optional<Questionnaire> previous = inForce(draft.kind());
		previous.ifPresent((old) -> this.jdbc
			.sql("update risk_questionnaire set status = 'RETIRED', retired_at = ?, version = version + 1 where id = ?")
			.params(Rows.timestamp(now), old.id()).update());
		int updated = this.jdbc.sql("update risk_questionnaire set status = 'PUBLISHED', published_at = ?, "
				+ "published_by = ?, version = version + 1 where id = ? and version = ? and status = 'DRAFT'")
			.params(Rows.timestamp(now), user.username(), id, version).update();
		if (updated == 0) {
			throw new StaleRecordException("questionnaire", id);
		}
		this.audit.record(AuditEntry.of("QUESTIONNAIRE_PUBLISHED").target("QUESTIONNAIRE", id)
			.change("kind", null, draft.kind()).change("versionNumber", null, draft.versionNumber())
			.change("replaces", null, previous.map((old) -> "v" + old.versionNumber()).orElse(null)));
	}

	/** Throws a draft away (a published version is never deleted). */
	public void discard(CurrentUser user, long id) {
		requireAdmin(user);
		Questionnaire draft = get(id);
		if (!draft.isDraft()) {
			throw new ClientRuleException("*", "risk.questionnaire.frozen");
		}
		this.jdbc.sql("delete from risk_questionnaire where id = ? and status = 'DRAFT'").param(id).update();
		this.audit.record(AuditEntry.of("QUESTIONNAIRE_DRAFT_DISCARDED").target("QUESTIONNAIRE", id)
			.change("kind", draft.kind(), null).change("versionNumber", draft.versionNumber(), null));
	}

	/** What stops a draft from being saved: lengths and counts, and an age cap that is half set. */
	static List<FieldProblem> draftProblems(QuestionnaireContent content) {
		List<FieldProblem> problems = new ArrayList<>();
		tooLong(problems, "titleEn", content.titleEn());
		tooLong(problems, "titleZh", content.titleZh());
		if (content.questions().size() > MAX_QUESTIONS) {
			problems.add(new FieldProblem("*", "risk.questionnaire.tooManyQuestions", MAX_QUESTIONS));
		}
		for (int q = 0; q < content.questions().size(); q++) {
			QuestionnaireContent.QuestionText question = content.questions().get(q);
			tooLong(problems, "questions[" + q + "].textEn", question.textEn());
			tooLong(problems, "questions[" + q + "].textZh", question.textZh());
			if (question.options().size() > MAX_OPTIONS) {
				problems.add(new FieldProblem("questions[" + q + "].textEn", "risk.questionnaire.tooManyOptions", MAX_OPTIONS));
			}
			for (int o = 0; o < question.options().size(); o++) {
				QuestionnaireContent.OptionText option = question.options().get(o);
				String path = "questions[" + q + "].options[" + o + "]";
				tooLong(problems, path + ".textEn", option.textEn());
				tooLong(problems, path + ".textZh", option.textZh());
				if (Math.abs(option.score()) > 1000) {
					problems.add(new FieldProblem(path + ".score", "risk.questionnaire.scoreRange", -1000, 1000));
				}
			}
		}
		if ((content.ageCapFrom() == null) != (content.ageCapLevel() == null)) {
			problems.add(new FieldProblem((content.ageCapFrom() == null) ? "ageCapFrom" : "ageCapLevel",
					"risk.questionnaire.ageCapBoth"));
		}
		else if (content.ageCapFrom() != null && (content.ageCapFrom() < 18 || content.ageCapFrom() > 120)) {
			problems.add(new FieldProblem("ageCapFrom", "risk.questionnaire.ageCapRange", 18, 120));
		}
		return problems;
	}

	/** What stops a draft from being published: everything of a draft, every text in both languages, and the scoring. */
	static List<FieldProblem> publishProblems(QuestionnaireContent content) {
		List<FieldProblem> problems = new ArrayList<>(draftProblems(content));
		required(problems, "titleEn", content.titleEn());
		required(problems, "titleZh", content.titleZh());
		for (int q = 0; q < content.questions().size(); q++) {
			QuestionnaireContent.QuestionText question = content.questions().get(q);
			required(problems, "questions[" + q + "].textEn", question.textEn());
			required(problems, "questions[" + q + "].textZh", question.textZh());
			for (int o = 0; o < question.options().size(); o++) {
				QuestionnaireContent.OptionText option = question.options().get(o);
				required(problems, "questions[" + q + "].options[" + o + "].textEn", option.textEn());
				required(problems, "questions[" + q + "].options[" + o + "].textZh", option.textZh());
			}
		}
		for (String problem : QuestionnaireChecks.problems(content.renumbered().definition())) {
			int colon = problem.indexOf(':');
			problems.add((colon < 0) ? new FieldProblem("*", problem)
					: new FieldProblem("*", problem.substring(0, colon), problem.substring(colon + 1)));
		}
		return problems;
	}

	private static void tooLong(List<FieldProblem> problems, String field, String text) {
		if (text != null && text.strip().length() > MAX_TEXT) {
			problems.add(new FieldProblem(field, "client.tooLong", MAX_TEXT));
		}
	}

	private static void required(List<FieldProblem> problems, String field, String text) {
		if ((text == null || text.isBlank()) && problems.stream().noneMatch((p) -> p.field().equals(field))) {
			problems.add(new FieldProblem(field, "client.required"));
		}
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.can(Permission.QUESTIONNAIRE_ADMIN)) {
			throw new AccessDeniedException(Permission.QUESTIONNAIRE_ADMIN.name());
		}
	}

	private Questionnaire map(ResultSet rs, int row) throws SQLException {
		return new Questionnaire(rs.getLong("id"), ClientKind.valueOf(rs.getString("kind")), rs.getInt("version_number"),
				QuestionnaireStatus.valueOf(rs.getString("status")),
				this.json.readValue(rs.getString("content"), QuestionnaireContent.class), Rows.instant(rs, "created_at"),
				rs.getString("created_by"), Rows.instant(rs, "published_at"), rs.getString("published_by"),
				Rows.instant(rs, "retired_at"), rs.getLong("version"));
	}


}
