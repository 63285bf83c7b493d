package com.custodia.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.clients.RiskLevel;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;
import com.custodia.web.FieldProblem;
import com.custodia.web.PlainText;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.RequiredText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk assessments. An RM answers the questionnaire in force with a client in their scope; the score, level and
 * reasons are shown before confirming; once confirmed the assessment is never changed. A C5 result, an
 * ultra-high-net-worth or a professional client needs a recorded interview before the level takes effect; until then
 * the client's previous level (or none) stands. An effective level is valid for the months set when it was confirmed.
 */
@Service
@Transactional
public class Assessments {

	/** What the RM sees before confirming. */
	public record Preview(Questionnaire questionnaire, Scoring.Outcome outcome, boolean needsInterview) {
	}

	/** An assessment in a client's history, with the status a reader should see today. */
	public record Listed(Assessment assessment, AssessmentStatus shown) {
	}

	/** The interview as the RM records it. */
	public record Interview(LocalDate heldOn, String interviewer, String notes) {
	}

	private static final TypeReference<Map<String, List<String>>> ANSWERS = new TypeReference<>() {
	};

	private static final TypeReference<List<Scoring.Reason>> REASONS = new TypeReference<>() {
	};

	private static final TypeReference<Map<AssetClass, Integer>> ALLOCATION = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final Questionnaires questionnaires;

	private final RiskSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	private final DisplayZone zone;

	private final JsonMapper json = JsonMapper.builder().build();

	Assessments(JdbcClient jdbc, ClientService clients, Questionnaires questionnaires, RiskSettings settings,
			AuditTrail audit, Clock clock, DisplayZone zone) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.questionnaires = questionnaires;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.zone = zone;
	}

	/** The questionnaire in force for this client, or a rule problem when none has been published for their kind. */
	@Transactional(readOnly = true)
	public Questionnaire questionnaireFor(CurrentUser user, long clientId) {
		ClientView client = assessable(user, clientId);
		return this.questionnaires.inForce(client.kind())
			.orElseThrow(() -> new ClientRuleException("*", "risk.assessment.noQuestionnaire"));
	}

	/** Scores the answers without storing anything; unanswered questions come back as problems by question. */
	@Transactional(readOnly = true)
	public Preview preview(CurrentUser user, long clientId, long questionnaireId, Map<String, Set<String>> answers) {
		ClientView client = assessable(user, clientId);
		Questionnaire questionnaire = current(client, questionnaireId);
		Scoring.Outcome outcome = score(questionnaire, answers, client);
		return new Preview(questionnaire, outcome,
				AssessmentRules.needsInterview(outcome.level(), client.isUltraHighNetWorthOrDiamond(), client.professional()));
	}

	/**
	 * Confirms an assessment; answers its id. The level takes effect now, or after the interview it needs. The same
	 * answers confirmed again by the same user within a minute (a double click) answer the first one's id.
	 */
	public long confirm(CurrentUser user, long clientId, long questionnaireId, Map<String, Set<String>> answers) {
		ClientView client = assessable(user, clientId);
		Questionnaire questionnaire = current(client, questionnaireId);
		Scoring.Outcome outcome = score(questionnaire, answers, client);
		lockClient(clientId);
		Instant now = this.clock.instant();
		Optional<Long> repeated = this.jdbc.sql("select id from risk_assessment where client_id = ? "
				+ "and questionnaire_id = ? and assessed_by = ? and answers = cast(? as jsonb) and assessed_at > ? "
				+ "order by id desc limit 1")
			.params(clientId, questionnaireId, user.username(), this.json.writeValueAsString(stored(questionnaire, answers)),
					Rows.timestamp(now.minusSeconds(60)))
			.query(Long.class).optional();
		if (repeated.isPresent()) {
			return repeated.get();
		}
		return store(client, questionnaire, answers, outcome, now, user.username(), null);
	}

	/** Records that the user printed an assessment's report (a PDF of client data leaving the system). */
	public void recordPrinted(CurrentUser user, long assessmentId) {
		Assessment assessment = get(user, assessmentId);
		this.audit.record(AuditEntry.of("RISK_REPORT_PRINTED").target("RISK_ASSESSMENT", assessmentId)
			.client(assessment.clientId()));
	}

	/**
	 * One assessment change per client at a time (confirming, recording an interview), so the level stored on the
	 * client is always the latest effective assessment's, whoever commits last.
	 */
	private void lockClient(long clientId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended('risk-client-' || ?, 0))").param(clientId)
			.query((rs) -> {
			});
	}

	/** The client's valid level on {@code day} from the other effective assessments (called under the client's lock). */
	private RiskLevel levelBefore(long clientId, long exceptAssessment, LocalDate day) {
		return this.jdbc.sql("select result_level from risk_assessment where client_id = ? and id <> ? "
				+ "and status = 'EFFECTIVE' and expires_on > ? order by effective_on desc, id desc limit 1")
			.params(clientId, exceptAssessment, day).query(String.class).optional().map(RiskLevel::valueOf).orElse(null);
	}

	/** The answers as stored: every question in order, its chosen option codes sorted. */
	private static Map<String, List<String>> stored(Questionnaire questionnaire, Map<String, Set<String>> answers) {
		Map<String, List<String>> stored = new LinkedHashMap<>();
		questionnaire.content().questions().forEach((question) -> stored.put(question.code(),
				answers.getOrDefault(question.code(), Set.of()).stream().sorted().toList()));
		return stored;
	}

	/**
	 * Stores a scored assessment; with an interview it takes effect at once even if one is needed (the demo data's
	 * past assessments). Shared by {@link #confirm} and the demo loader, so both follow the same rules.
	 */
	long store(ClientView client, Questionnaire questionnaire, Map<String, Set<String>> answers, Scoring.Outcome outcome,
			Instant assessedAt, String assessedBy, Interview interview) {
		lockClient(client.id());
		RiskSettings.Settings current = this.settings.current();
		boolean needsInterview = AssessmentRules.needsInterview(outcome.level(), client.isUltraHighNetWorthOrDiamond(),
				client.professional());
		LocalDate assessedOn = LocalDate.ofInstant(assessedAt, this.zone.zoneId());
		boolean effective = !needsInterview || interview != null;
		LocalDate effectiveOn = effective ? ((interview != null) ? interview.heldOn() : assessedOn) : null;
		LocalDate expiresOn = effective ? AssessmentRules.expiresOn(effectiveOn, current.validityMonths()) : null;
		long id = this.jdbc.sql("""
				insert into risk_assessment (client_id, questionnaire_id, answers, score, band_level, result_level, reasons,
				    client_age, professional, ultra_high_net_worth, allocation, validity_months, status, assessed_at,
				    assessed_by, effective_on, expires_on, interview_on, interviewer, interview_notes,
				    interview_recorded_by, interview_recorded_at)
				values (?, ?, cast(? as jsonb), ?, ?, ?, cast(? as jsonb), ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?,
				    ?, ?, ?) returning id""")
			.params(client.id(), questionnaire.id(), this.json.writeValueAsString(stored(questionnaire, answers)),
					outcome.score(),
					outcome.bandLevel().name(), outcome.level().name(), this.json.writeValueAsString(outcome.reasons()),
					client.ageOn(assessedOn), client.professional(), client.isUltraHighNetWorth(),
					this.json.writeValueAsString(current.allocationFor(outcome.level())), current.validityMonths(),
					effective ? AssessmentStatus.EFFECTIVE.name() : AssessmentStatus.AWAITING_INTERVIEW.name(),
					Rows.timestamp(assessedAt), assessedBy, effectiveOn, expiresOn,
					(interview != null) ? interview.heldOn() : null, (interview != null) ? interview.interviewer() : null,
					(interview != null) ? interview.notes() : null, (interview != null) ? assessedBy : null,
					(interview != null) ? Rows.timestamp(assessedAt) : null)
			.query(Long.class).single();
		AuditEntry entry = AuditEntry.of("RISK_ASSESSMENT_CONFIRMED").target("RISK_ASSESSMENT", id).client(client.id())
			.change("questionnaire", null, questionnaire.kind() + " v" + questionnaire.versionNumber())
			.change("score", null, outcome.score())
			.change("result", null, outcome.level());
		if (effective) {
			entry.change("riskLevel", levelBefore(client.id(), id, assessedOn), outcome.level())
				.change("riskExpiresOn", null, expiresOn);
			this.clients.recordRiskLevel(client.id(), outcome.level(), expiresOn);
		}
		else {
			entry.detail("awaiting interview");
		}
		this.audit.record(entry);
		return id;
	}

	/** Records the interview an assessment awaits; its level takes effect today. */
	public void recordInterview(CurrentUser user, long assessmentId, Interview interview) {
		if (!user.can(Permission.ASSESSMENT_INTERVIEW)) {
			throw new AccessDeniedException(Permission.ASSESSMENT_INTERVIEW.name());
		}
		Assessment assessment = find(assessmentId);
		ClientView client = this.clients.get(user, assessment.clientId());
		if (client.isClosed()) {
			throw new ClientRuleException("*", "client.closed.readOnly");
		}
		if (!assessment.isAwaitingInterview()) {
			throw new ClientRuleException("*", "risk.interview.notAwaited");
		}
		lockClient(client.id());
		if (isSuperseded(assessment)) {
			throw new ClientRuleException("*", "risk.interview.superseded");
		}
		List<FieldProblem> problems = interviewProblems(assessment, interview);
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		LocalDate today = this.clients.today();
		LocalDate expiresOn = AssessmentRules.expiresOn(today, assessment.validityMonths());
		int updated = this.jdbc.sql("""
				update risk_assessment set status = 'EFFECTIVE', effective_on = ?, expires_on = ?, interview_on = ?,
				    interviewer = ?, interview_notes = ?, interview_recorded_by = ?, interview_recorded_at = ?
				where id = ? and status = 'AWAITING_INTERVIEW'""")
			.params(today, expiresOn, interview.heldOn(), PlainText.clean(interview.interviewer()).strip(),
					PlainText.clean(interview.notes()).strip(), user.username(), Rows.timestamp(this.clock.instant()),
					assessmentId)
			.update();
		if (updated == 0) {
			throw new ClientRuleException("*", "risk.interview.notAwaited");
		}
		RiskLevel before = levelBefore(client.id(), assessmentId, today);
		this.clients.recordRiskLevel(client.id(), assessment.level(), expiresOn);
		this.audit.record(AuditEntry.of("RISK_INTERVIEW_RECORDED").target("RISK_ASSESSMENT", assessmentId)
			.client(client.id())
			.change("interviewOn", null, interview.heldOn())
			.change("interviewer", null, interview.interviewer().strip())
			.change("riskLevel", before, assessment.level())
			.change("riskExpiresOn", null, expiresOn));
	}

	/** The problems of an interview record, by field. */
	public List<FieldProblem> interviewProblems(Assessment assessment, Interview interview) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate assessedOn = LocalDate.ofInstant(assessment.assessedAt(), this.zone.zoneId());
		if (interview.heldOn() == null) {
			problems.add(new FieldProblem("heldOn", "client.required"));
		}
		else if (interview.heldOn().isAfter(this.clients.today())) {
			problems.add(new FieldProblem("heldOn", "risk.interview.future"));
		}
		else if (interview.heldOn().isBefore(assessedOn)) {
			problems.add(new FieldProblem("heldOn", "risk.interview.beforeAssessment"));
		}
		RequiredText.check(problems, "interviewer", interview.interviewer(), 200);
		RequiredText.check(problems, "notes", interview.notes(), 4000);
		return problems;
	}

	/** An assessment, for a reader who may see its client (404 otherwise). */
	@Transactional(readOnly = true)
	public Assessment get(CurrentUser user, long id) {
		Assessment assessment = find(id);
		this.clients.requireInScope(user, assessment.clientId());
		return assessment;
	}

	/** Whether a later assessment of the same client took this one's place. */
	@Transactional(readOnly = true)
	public boolean isSuperseded(Assessment assessment) {
		String later = assessment.isAwaitingInterview() ? "" : "and status = 'EFFECTIVE' ";
		return this.jdbc.sql("select exists (select 1 from risk_assessment where client_id = ? and id > ? " + later + ")")
			.params(assessment.clientId(), assessment.id()).query(Boolean.class).single();
	}

	/** Clients in the user's scope whose latest assessment waits for its interview. */
	@Transactional(readOnly = true)
	public long awaitingInterviewCount(CurrentUser user) {
		org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters =
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
		return this.jdbc.sql("select count(*)" + awaitingInterview(user, parameters)).paramSource(parameters)
			.query(Long.class).single();
	}

	/** The clients whose latest assessment waits for its interview, a page of them by id (the risk watch list). */
	@Transactional(readOnly = true)
	public org.springframework.data.domain.Page<Long> awaitingInterviewClients(CurrentUser user,
			org.springframework.data.domain.Pageable pageable) {
		org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters =
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("limit", pageable.getPageSize())
					.addValue("offset", pageable.getOffset());
		List<Long> ids = this.jdbc.sql("select a.client_id" + awaitingInterview(user, parameters)
				+ " order by a.client_id limit :limit offset :offset").paramSource(parameters).query(Long.class).list();
		return org.springframework.data.support.PageableExecutionUtils.getPage(ids, pageable,
				() -> awaitingInterviewCount(user));
	}

	private static String awaitingInterview(CurrentUser user,
			org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters) {
		String scope = com.custodia.clients.ClientScope.of(user).clientIdIn("a.client_id", parameters);
		return " from risk_assessment a where a.status = 'AWAITING_INTERVIEW' and not exists (select 1 from "
				+ "risk_assessment later where later.client_id = a.client_id and later.id > a.id) and " + scope;
	}

	/** A client's assessments, newest first, each with the status to show today. */
	@Transactional(readOnly = true)
	public List<Listed> history(CurrentUser user, long clientId) {
		this.clients.requireInScope(user, clientId);
		List<Assessment> all = this.jdbc.sql(SELECT + " where a.client_id = ? order by a.assessed_at desc, a.id desc")
			.param(clientId).query(this::map).list();
		LocalDate today = this.clients.today();
		List<Listed> listed = new ArrayList<>();
		boolean laterEffective = false;
		boolean later = false;
		for (Assessment assessment : all) {
			boolean superseded = assessment.isAwaitingInterview() ? later : laterEffective;
			listed.add(new Listed(assessment, assessment.statusOn(today, superseded)));
			later = true;
			laterEffective |= assessment.status() == AssessmentStatus.EFFECTIVE;
		}
		return listed;
	}

	private static final String SELECT = "select a.*, q.version_number from risk_assessment a "
			+ "join risk_questionnaire q on q.id = a.questionnaire_id";

	private Assessment find(long id) {
		return this.jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::map).optional()
			.orElseThrow(() -> new RecordNotFoundException("assessment", id));
	}

	/** A client the user may assess: in scope (404 otherwise), with ASSESSMENT_RUN, and not closed. */
	private ClientView assessable(CurrentUser user, long clientId) {
		ClientView client = this.clients.get(user, clientId);
		if (!user.can(Permission.ASSESSMENT_RUN)) {
			throw new AccessDeniedException(Permission.ASSESSMENT_RUN.name());
		}
		if (client.isClosed()) {
			throw new ClientRuleException("*", "client.closed.readOnly");
		}
		return client;
	}

	/** The questionnaire in force, which must be the one the form showed; a newer one makes the form stale. */
	private Questionnaire current(ClientView client, long questionnaireId) {
		Questionnaire questionnaire = this.questionnaires.inForce(client.kind())
			.orElseThrow(() -> new ClientRuleException("*", "risk.assessment.noQuestionnaire"));
		if (questionnaire.id() != questionnaireId) {
			throw new ClientRuleException("*", "risk.assessment.questionnaireChanged");
		}
		return questionnaire;
	}

	private Scoring.Outcome score(Questionnaire questionnaire, Map<String, Set<String>> answers, ClientView client) {
		Scoring.Outcome outcome = Scoring.score(questionnaire.content().definition(), answers,
				client.ageOn(this.clients.today()));
		if (!outcome.isComplete()) {
			throw new ClientRuleException(outcome.unanswered().stream()
				.map((code) -> new FieldProblem("answers[" + code + "]", "risk.assessment.unanswered"))
				.toList());
		}
		return outcome;
	}


	private Assessment map(ResultSet rs, int row) throws SQLException {
		Map<AssetClass, Integer> allocation = new EnumMap<>(AssetClass.class);
		allocation.putAll(this.json.readValue(rs.getString("allocation"), ALLOCATION));
		return new Assessment(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("questionnaire_id"),
				rs.getInt("version_number"), this.json.readValue(rs.getString("answers"), ANSWERS), rs.getInt("score"),
				RiskLevel.valueOf(rs.getString("band_level")), RiskLevel.valueOf(rs.getString("result_level")),
				this.json.readValue(rs.getString("reasons"), REASONS), (Integer) rs.getObject("client_age"),
				rs.getBoolean("professional"), rs.getBoolean("ultra_high_net_worth"), allocation,
				rs.getInt("validity_months"), AssessmentStatus.valueOf(rs.getString("status")),
				Rows.instant(rs, "assessed_at"), rs.getString("assessed_by"),
				rs.getObject("effective_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
				rs.getObject("interview_on", LocalDate.class), rs.getString("interviewer"),
				rs.getString("interview_notes"), rs.getString("interview_recorded_by"),
				Rows.instant(rs, "interview_recorded_at"));
	}

}
