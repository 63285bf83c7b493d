package com.custodia.risk;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditOutcome;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.clients.RiskLevel;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.FieldProblem;
import com.custodia.web.PlainText;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.RequiredText;
import com.custodia.web.StaleRecordException;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product recommendations and their suitability. A suitable product is recorded as it is. A mismatch (the product's
 * rating above the client's level) or an expired assessment blocks the recommendation unless the RM records that the
 * client was shown the warning and insists, with the client's statement and the RM's note; it is then an exception
 * and waits in the compliance review queue. Never-assessed clients and professional-only products for other clients
 * are blocked outright: the rules leave no exception there.
 */
@Service
@Transactional
public class Recommendations {

	/**
	 * What the RM asks to record. {@code warningSeen} is the {@link Check#warningDigest()} of the warning the page
	 * showed: insistence counts only for the warning the client was actually shown.
	 */
	public record Request(Long productId, BigDecimal amount, String rmNote, boolean clientInsists,
			String clientStatement, String warningSeen) {
	}

	/** The verdict for one client and product, and the warning the client must be shown when it is not suitable. */
	public record Check(Product product, Suitability.Verdict verdict, RiskLevel level, boolean exceptionAllowed,
			String warningText) {

		/** A fingerprint of the warning, which the page sends back with the client's insistence. */
		public String warningDigest() {
			if (this.warningText == null) {
				return null;
			}
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(this.warningText.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The largest amount a recommendation records (the column holds 15 digits before the point). */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final ProductCatalogue products;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	Recommendations(JdbcClient jdbc, ClientService clients, ProductCatalogue products, AuditTrail audit,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.products = products;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** The suitability of a product for a client in the user's scope. */
	@Transactional(readOnly = true)
	public Check check(CurrentUser user, long clientId, long productId, Locale locale) {
		return check(this.clients.get(user, clientId), this.products.get(productId), locale);
	}

	private Check check(ClientView client, Product product, Locale locale) {
		RiskLevel level = client.currentRiskLevel();
		Suitability.Verdict verdict = Suitability.of(level, client.professional(), product.rating(),
				product.professionalOnly());
		boolean expired = client.riskLevel() != null && !client.riskValid();
		boolean exceptionAllowed = verdict == Suitability.Verdict.RISK_TOO_HIGH
				|| (verdict == Suitability.Verdict.NO_VALID_ASSESSMENT && expired);
		String warning = null;
		if (exceptionAllowed) {
			warning = (verdict == Suitability.Verdict.RISK_TOO_HIGH)
					? this.messages.getMessage("risk.warning.tooHigh", new Object[] { product.name(), product.rating(),
							level, Suitability.highestFor(level) }, locale)
					: this.messages.getMessage("risk.warning.expired", new Object[] { product.name(), product.rating(),
							client.riskLevel(), client.riskExpiresOn() }, locale);
		}
		return new Check(product, verdict, level, exceptionAllowed, warning);
	}

	/** Records a recommendation; answers its id. Refused with problems by field when the rules say no. */
	public long record(CurrentUser user, long clientId, Request request, Locale locale) {
		ClientView client = this.clients.get(user, clientId);
		if (!user.can(Permission.RECOMMENDATION_RECORD)) {
			throw new AccessDeniedException(Permission.RECOMMENDATION_RECORD.name());
		}
		if (client.isClosed()) {
			throw new ClientRuleException("*", "client.closed.readOnly");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (request.productId() == null) {
			throw new ClientRuleException("productId", "client.required");
		}
		Product product = this.products.get(request.productId());
		if (product.withdrawn()) {
			throw new ClientRuleException("productId", "risk.recommendation.withdrawn");
		}
		if (request.amount() != null && (request.amount().signum() <= 0 || request.amount().scale() > 2
				|| request.amount().compareTo(MAX_AMOUNT) >= 0)) {
			problems.add(new FieldProblem("amount", "risk.recommendation.amountInvalid"));
		}
		else if (request.amount() != null && request.amount().compareTo(product.minimumInvestment()) < 0) {
			problems.add(new FieldProblem("amount", "risk.recommendation.belowMinimum",
					new DecimalFormat("#,##0.00").format(product.minimumInvestment())));
		}
		if (request.rmNote() != null && request.rmNote().strip().length() > 2000) {
			problems.add(new FieldProblem("rmNote", "client.tooLong", 2000));
		}
		Check check = check(client, product, locale);
		boolean exception = !check.verdict().isSuitable();
		if (exception && !check.exceptionAllowed()) {
			problems.add(new FieldProblem("productId", (client.riskLevel() == null
					&& check.verdict() == Suitability.Verdict.NO_VALID_ASSESSMENT) ? "risk.recommendation.assessFirst"
							: "risk.recommendation.notAllowed." + check.verdict()));
		}
		else if (exception && !request.clientInsists()) {
			problems.add(new FieldProblem("clientInsists", "risk.recommendation.blocked"));
		}
		else if (exception && !Objects.equals(check.warningDigest(), request.warningSeen())) {
			// Another product, a changed level, or no warning on the page at all: show this warning first.
			problems.add(new FieldProblem("clientInsists", "risk.recommendation.warningNotShown"));
		}
		else if (exception) {
			if (!user.can(Permission.SUITABILITY_EXCEPTION_RECORD)) {
				throw new AccessDeniedException(Permission.SUITABILITY_EXCEPTION_RECORD.name());
			}
			RequiredText.check(problems, "clientStatement", request.clientStatement(), 1000);
			RequiredText.check(problems, "rmNote", request.rmNote(), 2000);
		}
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		Long assessmentId = this.jdbc.sql("select id from risk_assessment where client_id = ? and status = 'EFFECTIVE' "
				+ "order by effective_on desc, id desc limit 1").param(clientId).query(Long.class).optional().orElse(null);
		String note = (request.rmNote() == null || request.rmNote().isBlank()) ? null : PlainText.clean(request.rmNote()).strip();
		long id = this.jdbc.sql("""
				insert into risk_recommendation (client_id, product_id, assessment_id, client_level, professional,
				    product_rating, verdict, amount, rm_note, warning_text, client_statement, recommended_at,
				    recommended_by, review_status)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(clientId, product.id(), assessmentId, (check.level() != null) ? check.level().name() : null,
					client.professional(), product.rating().name(), check.verdict().name(), request.amount(), note,
					exception ? check.warningText() : null,
					exception ? PlainText.clean(request.clientStatement()).strip() : null,
					Rows.timestamp(this.clock.instant()), user.username(),
					(exception ? ReviewStatus.PENDING : ReviewStatus.NOT_REQUIRED).name())
			.query(Long.class).single();
		this.audit.record(AuditEntry.of(exception ? "SUITABILITY_EXCEPTION_RECORDED" : "PRODUCT_RECOMMENDED")
			.target("RECOMMENDATION", id).client(clientId)
			.change("product", null, product.name())
			.change("productRating", null, product.rating())
			.change("clientLevel", null, check.level())
			.change("verdict", null, check.verdict())
			.change("amount", null, request.amount()));
		return id;
	}

	/** A client's recommendations, newest first, a page at a time. */
	@Transactional(readOnly = true)
	public Page<Recommendation> forClient(CurrentUser user, long clientId, Pageable pageable) {
		this.clients.requireInScope(user, clientId);
		List<Recommendation> page = this.jdbc
			.sql(SELECT + " where r.client_id = ? order by r.recommended_at desc, r.id desc limit ? offset ?")
			.params(clientId, pageable.getPageSize(), pageable.getOffset()).query(Recommendations::map).list();
		return PageableExecutionUtils.getPage(page, pageable, () -> this.jdbc
			.sql("select count(*) from risk_recommendation where client_id = ?").param(clientId).query(Long.class).single());
	}

	/**
	 * Records, in a transaction of its own, that the rules blocked a recommendation (the refused request itself rolls
	 * back): compliance sees what was tried, not only what was recorded.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordBlocked(CurrentUser user, long clientId, long productId, String why) {
		this.clients.requireInScope(user, clientId);
		Product product = this.products.get(productId);
		this.audit.record(AuditEntry.of("SUITABILITY_BLOCKED").outcome(AuditOutcome.DENIED)
			.target("PRODUCT", productId).client(clientId)
			.change("product", null, product.name())
			.change("productRating", null, product.rating())
			.detail(why));
	}

	/** The exceptions waiting for review, oldest first, a page at a time. */
	@Transactional(readOnly = true)
	public Page<Recommendation> pending(CurrentUser user, Pageable pageable) {
		requireReader(user);
		List<Recommendation> page = this.jdbc
			.sql(SELECT + " where r.review_status = 'PENDING' order by r.recommended_at, r.id limit ? offset ?")
			.params(pageable.getPageSize(), pageable.getOffset()).query(Recommendations::map).list();
		return PageableExecutionUtils.getPage(page, pageable, this::pendingCount);
	}

	/**
	 * Clients in the user's scope whose risk level is no longer valid (or never was) and who were recommended a product
	 * rated above R1 that went through (no review needed, or approved): the risk officer's follow-up.
	 */
	@Transactional(readOnly = true)
	public long expiredHoldingAboveR1(CurrentUser user) {
		org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters =
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("today", this.clients.today());
		return this.jdbc.sql("select count(distinct r.client_id)" + expiredAboveR1(user, parameters))
			.paramSource(parameters).query(Long.class).single();
	}

	/** Those clients, a page of them by id (the risk watch list). */
	@Transactional(readOnly = true)
	public Page<Long> expiredHoldingAboveR1Clients(CurrentUser user, Pageable pageable) {
		org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters =
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("today", this.clients.today())
					.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<Long> ids = this.jdbc.sql("select distinct r.client_id" + expiredAboveR1(user, parameters)
				+ " order by r.client_id limit :limit offset :offset").paramSource(parameters).query(Long.class).list();
		return PageableExecutionUtils.getPage(ids, pageable, () -> expiredHoldingAboveR1(user));
	}

	private static String expiredAboveR1(CurrentUser user,
			org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters) {
		String scope = com.custodia.clients.ClientScope.of(user).clientIdIn("r.client_id", parameters);
		return HELD + " and r.product_rating <> 'R1' and " + LAPSED + " and " + scope;
	}

	/**
	 * Clients in scope (narrowed to a team or RM) holding a product above their level today: its rating's number above
	 * their level's (R4 against C3), or above R1 while their level has lapsed (what {@link #expiredHoldingAboveR1}
	 * counts). The suitability report's figure.
	 */
	@Transactional(readOnly = true)
	public long heldAboveLevel(CurrentUser user, com.custodia.clients.BookFilter book) {
		org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters =
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("today", this.clients.today());
		return this.jdbc.sql("select count(distinct r.client_id)" + HELD + " and (substr(r.product_rating, 2)::int > "
				+ "substr(c.risk_level, 2)::int or (r.product_rating <> 'R1' and " + LAPSED + ")) and "
				+ com.custodia.clients.ClientScope.of(user).clientIdIn("r.client_id", book, parameters))
			.paramSource(parameters).query(Long.class).single();
	}

	/**
	 * Recommendations that went through (no review needed, or approved) to clients not closed: what a client holds,
	 * since the ledger does not record products.
	 */
	private static final String HELD = " from risk_recommendation r join clients_client c on c.id = r.client_id "
			+ "where r.review_status in ('NOT_REQUIRED', 'APPROVED') and c.status <> 'CLOSED'";

	/** The client's risk level has expired, or they never had one. */
	private static final String LAPSED = "(c.risk_expires_on is null or c.risk_expires_on <= :today)";

	/** How many exceptions wait for review. */
	@Transactional(readOnly = true)
	public long pendingCount() {
		return this.jdbc.sql("select count(*) from risk_recommendation where review_status = 'PENDING'")
			.query(Long.class).single();
	}

	/** The exceptions decided most recently. */
	@Transactional(readOnly = true)
	public List<Recommendation> recentlyDecided(CurrentUser user, int limit) {
		requireReader(user);
		return this.jdbc.sql(SELECT + " where r.review_status in ('APPROVED', 'REJECTED') "
				+ "order by r.reviewed_at desc, r.id desc limit ?").param(limit).query(Recommendations::map).list();
	}

	/** A recommendation, for a reader who may see its client (404 otherwise). */
	@Transactional(readOnly = true)
	public Recommendation get(CurrentUser user, long id) {
		Recommendation recommendation = this.jdbc.sql(SELECT + " where r.id = ?").param(id)
			.query(Recommendations::map).optional().orElseThrow(() -> new RecordNotFoundException("recommendation", id));
		this.clients.requireInScope(user, recommendation.clientId());
		return recommendation;
	}

	/** Approves or rejects a pending exception with a comment; never the reviewer's own recommendation. */
	public void decide(CurrentUser user, long id, long version, boolean approve, String comment) {
		requireReviewer(user);
		Recommendation recommendation = get(user, id);
		StaleRecordException.check("recommendation", id, version, recommendation.version());
		if (!recommendation.isPending()) {
			throw new ClientRuleException("*", "risk.review.alreadyDecided");
		}
		if (recommendation.recommendedBy().equals(user.username())) {
			throw new ClientRuleException("*", "risk.review.ownRecommendation");
		}
		List<FieldProblem> problems = new ArrayList<>();
		RequiredText.check(problems, "comment", comment, 2000);
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
		ReviewStatus decision = approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
		int updated = this.jdbc.sql("update risk_recommendation set review_status = ?, reviewed_by = ?, reviewed_at = ?, "
				+ "review_comment = ?, version = version + 1 where id = ? and version = ? and review_status = 'PENDING'")
			.params(decision.name(), user.username(), Rows.timestamp(this.clock.instant()),
					PlainText.clean(comment).strip(), id, version)
			.update();
		if (updated == 0) {
			throw new StaleRecordException("recommendation", id);
		}
		this.audit.record(AuditEntry.of(approve ? "SUITABILITY_EXCEPTION_APPROVED" : "SUITABILITY_EXCEPTION_REJECTED")
			.target("RECOMMENDATION", id).client(recommendation.clientId())
			.change("reviewStatus", ReviewStatus.PENDING, decision));
	}

	/** Who may read the queue: the reviewers, and the risk officer who follows mismatched clients. */
	private static void requireReader(CurrentUser user) {
		if (!user.can(Permission.SUITABILITY_REVIEW) && !user.can(Permission.RISK_REVIEW)) {
			throw new AccessDeniedException(Permission.SUITABILITY_REVIEW.name());
		}
	}

	private static void requireReviewer(CurrentUser user) {
		if (!user.can(Permission.SUITABILITY_REVIEW)) {
			throw new AccessDeniedException(Permission.SUITABILITY_REVIEW.name());
		}
	}

	private static final String SELECT = "select r.*, p.name as product_name, p.product_type from risk_recommendation r "
			+ "join risk_product p on p.id = r.product_id";

	private static Recommendation map(ResultSet rs, int row) throws SQLException {
		String level = rs.getString("client_level");
		return new Recommendation(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("product_id"),
				rs.getString("product_name"), ProductType.valueOf(rs.getString("product_type")),
				(Long) rs.getObject("assessment_id"), (level != null) ? RiskLevel.valueOf(level) : null,
				rs.getBoolean("professional"), ProductRisk.valueOf(rs.getString("product_rating")),
				Suitability.Verdict.valueOf(rs.getString("verdict")), rs.getBigDecimal("amount"), rs.getString("rm_note"),
				rs.getString("warning_text"), rs.getString("client_statement"),
				Rows.instant(rs, "recommended_at"), rs.getString("recommended_by"),
				ReviewStatus.valueOf(rs.getString("review_status")), rs.getString("reviewed_by"),
				Rows.instant(rs, "reviewed_at"), rs.getString("review_comment"), rs.getLong("version"));
	}

}
