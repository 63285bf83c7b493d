package com.custodia.risk;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.clients.ClientRuleException;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.FieldProblem;
import com.custodia.web.PlainText;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.RequiredText;
import com.custodia.web.StaleRecordException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product catalogue, kept by the risk officer: names, types, issuers, risk ratings and minimums. */
@Service
@Transactional
public class ProductCatalogue {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ProductCatalogue(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The catalogue by rating and name; withdrawn products only when asked for. */
	@Transactional(readOnly = true)
	public List<Product> list(boolean withWithdrawn) {
		return this.jdbc.sql("select * from risk_product" + (withWithdrawn ? "" : " where not withdrawn")
				+ " order by withdrawn, rating, name").query(ProductCatalogue::map).list();
	}

	/** The catalogue page by page, by rating and name. */
	@Transactional(readOnly = true)
	public Page<Product> page(boolean withWithdrawn,
			Pageable pageable) {
		String where = withWithdrawn ? "" : " where not withdrawn";
		List<Product> page = this.jdbc.sql("select * from risk_product" + where
				+ " order by withdrawn, rating, name limit ? offset ?")
			.params(pageable.getPageSize(), pageable.getOffset()).query(ProductCatalogue::map).list();
		return PageableExecutionUtils.getPage(page, pageable,
				() -> this.jdbc.sql("select count(*) from risk_product" + where).query(Long.class).single());
	}

	@Transactional(readOnly = true)
	public Product get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("product", id));
	}

	@Transactional(readOnly = true)
	public Optional<Product> find(long id) {
		return this.jdbc.sql("select * from risk_product where id = ?").param(id).query(ProductCatalogue::map).optional();
	}

	@Transactional(readOnly = true)
	public List<FieldProblem> problems(Product.Details details, Long id) {
		List<FieldProblem> problems = new ArrayList<>();
		RequiredText.check(problems, "name", details.name(), 200);
		RequiredText.check(problems, "issuer", details.issuer(), 200);
		if (details.type() == null) {
			problems.add(new FieldProblem("type", "client.required"));
		}
		if (details.rating() == null) {
			problems.add(new FieldProblem("rating", "client.required"));
		}
		if (details.minimumInvestment() == null) {
			problems.add(new FieldProblem("minimumInvestment", "client.required"));
		}
		else if (details.minimumInvestment().signum() < 0 || details.minimumInvestment().scale() > 2
				|| details.minimumInvestment().compareTo(new BigDecimal("1000000000000")) >= 0) {
			problems.add(new FieldProblem("minimumInvestment", "risk.product.minimumInvalid"));
		}
		if (details.name() != null && !details.name().isBlank() && this.jdbc
			.sql("select count(*) from risk_product where lower(name) = lower(?) and id <> ?")
			.params(details.name().strip(), (id != null) ? id : -1L).query(Integer.class).single() > 0) {
			problems.add(new FieldProblem("name", "risk.product.nameTaken"));
		}
		return problems;
	}

	public long create(CurrentUser user, Product.Details details) {
		requireAdmin(user);
		check(details, null);
		Timestamp now = Rows.timestamp(this.clock.instant());
		long id = this.jdbc.sql("insert into risk_product (name, product_type, issuer, rating, minimum_investment, "
				+ "professional_only, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
			.params(clean(details.name()), details.type().name(), clean(details.issuer()), details.rating().name(),
					details.minimumInvestment(), details.professionalOnly(), now, now)
			.query(Long.class).single();
		this.audit.record(AuditEntry.of("PRODUCT_CREATED").target("PRODUCT", id)
			.change("name", null, clean(details.name())).change("type", null, details.type())
			.change("issuer", null, clean(details.issuer())).change("rating", null, details.rating())
			.change("minimumInvestment", null, details.minimumInvestment())
			.change("professionalOnly", null, details.professionalOnly()));
		return id;
	}

	public void update(CurrentUser user, long id, long version, Product.Details details) {
		requireAdmin(user);
		Product before = get(id);
		StaleRecordException.check("product", id, version, before.version());
		check(details, id);
		int updated = this.jdbc.sql("update risk_product set name = ?, product_type = ?, issuer = ?, rating = ?, "
				+ "minimum_investment = ?, professional_only = ?, updated_at = ?, version = version + 1 "
				+ "where id = ? and version = ?")
			.params(clean(details.name()), details.type().name(), clean(details.issuer()), details.rating().name(),
					details.minimumInvestment(), details.professionalOnly(),
					Rows.timestamp(this.clock.instant()), id, version)
			.update();
		if (updated == 0) {
			throw new StaleRecordException("product", id);
		}
		this.audit.record(AuditEntry.of("PRODUCT_UPDATED").target("PRODUCT", id)
			.change("name", before.name(), clean(details.name())).change("type", before.type(), details.type())
			.change("issuer", before.issuer(), clean(details.issuer()))
			.change("rating", before.rating(), details.rating())
			.change("minimumInvestment", before.minimumInvestment(), details.minimumInvestment())
			.change("professionalOnly", before.professionalOnly(), details.professionalOnly()));
	}

	/** Withdraws a product from sale, or puts it back; nothing is deleted. */
	public void setWithdrawn(CurrentUser user, long id, long version, boolean withdrawn) {
		requireAdmin(user);
		Product before = get(id);
		StaleRecordException.check("product", id, version, before.version());
		int updated = this.jdbc.sql("update risk_product set withdrawn = ?, updated_at = ?, version = version + 1 "
				+ "where id = ? and version = ?")
			.params(withdrawn, Rows.timestamp(this.clock.instant()), id, version).update();
		if (updated == 0) {
			throw new StaleRecordException("product", id);
		}
		this.audit.record(AuditEntry.of(withdrawn ? "PRODUCT_WITHDRAWN" : "PRODUCT_REINSTATED").target("PRODUCT", id)
			.change("withdrawn", before.withdrawn(), withdrawn));
	}

	private void check(Product.Details details, Long id) {
		List<FieldProblem> problems = problems(details, id);
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
	}

	private static String clean(String text) {
		return PlainText.clean(text).strip();
	}


	private static void requireAdmin(CurrentUser user) {
		if (!user.can(Permission.PRODUCT_ADMIN)) {
			throw new AccessDeniedException(Permission.PRODUCT_ADMIN.name());
		}
	}

	private static Product map(ResultSet rs, int row) throws SQLException {
		return new Product(rs.getLong("id"), rs.getString("name"), ProductType.valueOf(rs.getString("product_type")),
				rs.getString("issuer"), ProductRisk.valueOf(rs.getString("rating")), rs.getBigDecimal("minimum_investment"),
				rs.getString("currency"), rs.getBoolean("professional_only"), rs.getBoolean("withdrawn"),
				Rows.instant(rs, "updated_at"), rs.getLong("version"));
	}

}
