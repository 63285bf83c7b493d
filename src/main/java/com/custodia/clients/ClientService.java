package com.custodia.clients;

import com.custodia.web.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.custodia.access.StaffDirectory;
import com.custodia.access.StaffMember;
import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.DisplayZone;
import com.custodia.web.RecordNotFoundException;
import com.custodia.web.StaleRecordException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client profiles: search within the user's data scope, onboarding, edits, lifecycle, reassignment and the audited
 * reveal of an ID number. Every method that reads or changes a client takes the acting user, checks their permission
 * and scope, and audits what it changes in the same transaction. (Moving a whole book is an admin's power over owners,
 * not clients: it checks the admin's rights instead.)
 */
@Service
@Transactional
public class ClientService {

	private final ClientRepository clients;

	private final StaffDirectory staff;

	private final SegmentRuleStore segmentRules;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final DisplayZone zone;

	private final jakarta.persistence.EntityManager entities;

	private final ClientPages pages;

	ClientService(ClientRepository clients, StaffDirectory staff, SegmentRuleStore segmentRules, AuditTrail audit,
			JdbcTemplate jdbc, Clock clock, DisplayZone zone, jakarta.persistence.EntityManager entities, ClientPages pages) {
		this.entities = entities;
		this.pages = pages;
		this.clients = clients;
		this.staff = staff;
		this.segmentRules = segmentRules;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = zone;
	}

	/** One page of the list, at repeatable read: its total and its rows agree (a late page is placed by the total). */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Page<ClientView> search(CurrentUser user, ClientSearch search, Pageable pageable) {
		ClientScope scope = ClientScope.of(user);
		boolean wholeFirm = scope.reach() == ClientScope.Reach.ALL && search.isEmpty();
		Page<Client> page = this.pages.find(search.within(scope, today()), pageable, wholeFirm ? this::firmTotal : null);
		Map<Long, StaffMember> owners = this.staff.byIds(page.map(Client::getOwnerId).getContent());
		return page.map((client) -> view(client, owners, user));
	}

	/** How many clients the firm has, kept by triggers (V0035, V0036) so that no pager counts 100,000 of them. */
	private long firmTotal() {
		return this.jdbc.queryForObject("select coalesce(sum(clients), 0)::bigint from clients_firm_count", Long.class);
	}

	/**
	 * Streams every client matching the search, in the given order, as the user may see them; answers how many.
	 * For exports: reads 500 at a time and lets go of each chunk before the next, so memory stays flat however long
	 * the list is. (Offset chunks: a client edited during a long export may appear once more or once less.)
	 */
	@Transactional(readOnly = true)
	public long forEach(CurrentUser user, ClientSearch search, Sort sort, int limit, Consumer<ClientView> consumer) {
		long written = 0;
		org.springframework.data.domain.Pageable chunk = org.springframework.data.domain.PageRequest.of(0, 500, sort);
		while (written < limit) {
			org.springframework.data.domain.Pageable current = chunk;
			org.springframework.data.domain.Slice<Client> slice = this.clients.findBy(search.within(ClientScope.of(user), today()),
					(query) -> query.sortBy(sort).slice(current));
			Map<Long, StaffMember> owners = this.staff.byIds(slice.map(Client::getOwnerId).getContent());
			for (Client client : slice) {
				if (written++ >= limit) {
					break;
				}
				consumer.accept(view(client, owners, user));
			}
			this.entities.clear();
			if (!slice.hasNext()) {
				break;
			}
			chunk = chunk.next();
		}
		return Math.min(written, limit);
	}

	/** Records that the user exported the client list with this filter. */
	public void recordExport(CurrentUser user, String filter) {
		requirePermission(user, Permission.CLIENT_EXPORT);
		this.audit.record(AuditEntry.of("CLIENT_EXPORTED").target("CLIENT_LIST", null).detail(filter));
	}

	@Transactional(readOnly = true)
	public ClientView get(CurrentUser user, long id) {
		Client client = inScope(user, id);
		return view(client, this.staff.byIds(List.of(client.getOwnerId())), user);
	}

	/**
	 * The clients of these ids that the user may see, by id, in one query per 10,000; others are simply absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ClientView> views(CurrentUser user, java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		ClientScope scope = ClientScope.of(user);
		// In slices, so that a long list of ids stays within PostgreSQL's 65,535 parameters a statement.
		List<Long> distinct = List.copyOf(java.util.Set.copyOf(ids));
		List<Client> found = new java.util.ArrayList<>();
		for (int from = 0; from < distinct.size(); from += 10_000) {
			List<Long> slice = distinct.subList(from, Math.min(distinct.size(), from + 10_000));
			found.addAll(this.clients.findAll((client, query, builder) -> builder.and(scope.restrict(client, builder),
					client.get("id").in(slice))));
		}
		Map<Long, StaffMember> owners = this.staff.byIds(found.stream().map(Client::getOwnerId).toList());
		Map<Long, ClientView> views = new java.util.HashMap<>();
		found.forEach((client) -> views.put(client.getId(), view(client, owners, user)));
		return views;
	}

	/** The stored profile, for the edit form; only for users who may edit the client. */
	@Transactional(readOnly = true)
	public ClientProfile profileForEdit(CurrentUser user, long id) {
		return writable(user, id).profile();
	}

	/** Whether a client with this id exists in the user's scope; answers 404 otherwise. */
	@Transactional(readOnly = true)
	public void requireInScope(CurrentUser user, long id) {
		inScope(user, id);
	}

	/** Onboards a client owned by {@code ownerId} (the user themselves unless they see more); answers the id. */
	public long create(CurrentUser user, ClientProfile profile, ClientStatus initialStatus, Long ownerId) {
		requirePermission(user, Permission.CLIENT_WRITE);
		if (initialStatus == null || !ClientStatus.INITIAL.contains(initialStatus)) {
			throw new ClientRuleException("status", "client.status.initialOnly");
		}
		check(profile, null);
		StaffMember owner = owner(user, (ownerId != null) ? ownerId : user.id());
		Instant now = this.clock.instant();
		Long sequence = this.jdbc.queryForObject("select nextval('clients_code_seq')", Long.class);
		String code = ClientCode.of(LocalDate.ofInstant(now, this.zone.zoneId()).getYear(), sequence);
		Client client = this.clients.save(new Client(code, profile, initialStatus, owner.id(), owner.teamId(), now));
		flushUnique();
		AuditEntry entry = AuditEntry.of("CLIENT_CREATED").target("CLIENT", client.getId()).client(client.getId())
			.change("code", null, code)
			.change("kind", null, profile.kind())
			.change("status", null, initialStatus)
			.change("owner", null, owner.username());
		this.audit.record(ClientChanges.note(entry, null, profile));
		return client.getId();
	}

	/**
	 * Saves an edited profile. {@code keepIdNumber}: the form left the ID number empty, meaning "unchanged" (the form
	 * never shows it in full). A user who may not see contact data keeps the stored phone, email and address.
	 */
	public void update(CurrentUser user, long id, long version, ClientProfile edited, boolean keepIdNumber) {
		Client client = writable(user, id);
		StaleRecordException.check("client", id, version, client.getVersion());
		ClientProfile before = client.profile();
		ClientProfile after = merge(before, edited, keepIdNumber, !user.can(Permission.CLIENT_CONTACT_READ));
		check(after, id);
		AuditEntry entry = ClientChanges.note(AuditEntry.of("CLIENT_UPDATED").target("CLIENT", id).client(id), before, after);
		// Saving an unchanged form writes nothing, so every version of a client has its audit event.
		if (entry.hasChanges()) {
			client.apply(after, this.clock.instant());
			flushUnique();
			this.audit.record(entry);
		}
	}

	/** Moves the client one step along the lifecycle (not to closed: see {@link #close}). */
	public void changeStatus(CurrentUser user, long id, long version, ClientStatus target) {
		Client client = writable(user, id);
		StaleRecordException.check("client", id, version, client.getVersion());
		if (target == ClientStatus.CLOSED || !client.getStatus().canMoveTo(target)) {
			throw new ClientRuleException("*", "client.status.notAllowed");
		}
		ClientStatus before = client.getStatus();
		client.moveTo(target, this.clock.instant());
		this.clients.flush();
		this.audit.record(AuditEntry.of("CLIENT_STATUS_CHANGED").target("CLIENT", id).client(id)
			.change("status", before, target));
	}

	/** Closes (archives) the client, with the reason; nothing is deleted and the archive stays readable. */
	public void close(CurrentUser user, long id, long version, String reason) {
		Client client = inScope(user, id);
		requirePermission(user, Permission.CLIENT_CLOSE);
		StaleRecordException.check("client", id, version, client.getVersion());
		if (client.isClosed()) {
			throw new ClientRuleException("*", "client.closed.readOnly");
		}
		String text = requiredReason(reason);
		ClientStatus before = client.getStatus();
		client.close(text, this.clock.instant());
		this.clients.flush();
		this.audit.record(AuditEntry.of("CLIENT_CLOSED").target("CLIENT", id).client(id)
			.change("status", before, ClientStatus.CLOSED).detail(text));
	}

	/** The people the user may hand a client to: the firm's RMs, or their team's. */
	@Transactional(readOnly = true)
	public List<StaffMember> assignableOwners(CurrentUser user) {
		ClientScope scope = ClientScope.of(user);
		return switch (scope.reach()) {
			case ALL -> this.staff.clientOwners(null);
			case TEAM -> this.staff.clientOwners(scope.teamId());
			case OWN -> this.staff.find(user.id()).filter((self) -> this.staff.isClientOwner(self.id())).stream().toList();
		};
	}

	/** Hands the client to another RM (and so to their team), with a reason. */
	public void reassign(CurrentUser user, long id, long version, long newOwnerId, String reason) {
		Client client = inScope(user, id);
		requirePermission(user, Permission.CLIENT_REASSIGN);
		StaleRecordException.check("client", id, version, client.getVersion());
		if (client.isClosed()) {
			throw new ClientRuleException("*", "client.closed.readOnly");
		}
		String text = requiredReason(reason);
		StaffMember owner = owner(user, newOwnerId);
		if (owner.id() == client.getOwnerId()) {
			throw new ClientRuleException("ownerId", "client.reassign.sameOwner");
		}
		StaffMember previous = this.staff.find(client.getOwnerId()).orElseThrow();
		Long previousTeam = client.getTeamId();
		client.assignTo(owner.id(), owner.teamId(), this.clock.instant());
		this.clients.flush();
		this.audit.record(AuditEntry.of("CLIENT_REASSIGNED").target("CLIENT", id).client(id)
			.change("owner", previous.username(), owner.username())
			.change("team", previousTeam, owner.teamId())
			.detail(text));
	}

	/** How many open clients each owner has, for moving a whole book; names only, no client data. */
	@Transactional(readOnly = true)
	public List<BookSize> books() {
		List<BookSize> sizes = this.jdbc.query("select owner_id, count(*) from clients_client where status <> 'CLOSED' "
				+ "group by owner_id", (rs, row) -> new BookSize(rs.getLong(1), null, rs.getInt(2)));
		Map<Long, StaffMember> names = this.staff.byIds(sizes.stream().map(BookSize::ownerId).toList());
		return sizes.stream()
			.map((size) -> new BookSize(size.ownerId(), names.get(size.ownerId()).displayName(), size.clients()))
			.sorted(java.util.Comparator.comparing(BookSize::ownerName))
			.toList();
	}

	/** An owner and the number of open clients they hold. */
	public record BookSize(long ownerId, String ownerName, int clients) {
	}

	/**
	 * Moves every open client of one RM to another (an RM leaving, say), each move audited with the reason. An admin
	 * power: the admin sees counts, never client data. Answers how many clients moved.
	 */
	public int transferBook(CurrentUser admin, long fromOwnerId, long toOwnerId, String reason) {
		requirePermission(admin, Permission.CLIENT_REASSIGN);
		requirePermission(admin, Permission.USER_ADMIN);
		String text = requiredReason(reason);
		if (fromOwnerId == toOwnerId) {
			throw new ClientRuleException("toOwnerId", "client.reassign.sameOwner");
		}
		StaffMember from = this.staff.find(fromOwnerId)
			.orElseThrow(() -> new ClientRuleException("fromOwnerId", "client.owner.notAllowed"));
		StaffMember to = this.staff.find(toOwnerId)
			.filter((member) -> this.staff.isClientOwner(member.id()))
			.orElseThrow(() -> new ClientRuleException("toOwnerId", "client.owner.notAllowed"));
		List<Long> moved = this.jdbc.queryForList("update clients_client set owner_id = ?, team_id = ?, "
				+ "updated_at = now(), version = version + 1 where owner_id = ? and status <> 'CLOSED' returning id",
				Long.class, to.id(), to.teamId(), from.id());
		this.audit.recordAll(moved.stream()
			.map((id) -> AuditEntry.of("CLIENT_REASSIGNED").target("CLIENT", id).client(id)
				.change("owner", from.username(), to.username())
				.change("team", from.teamId(), to.teamId())
				.detail(text))
			.toList());
		return moved.size();
	}

	/** The full ID number, for a user allowed to reveal it; every reveal is an audit event. */
	public String revealIdNumber(CurrentUser user, long id) {
		Client client = inScope(user, id);
		requirePermission(user, Permission.CLIENT_SENSITIVE_READ);
		this.audit.record(AuditEntry.of("CLIENT_SENSITIVE_REVEALED").target("CLIENT", id).client(id).detail("idNumber"));
		return client.getIdNumber();
	}

	@Transactional(readOnly = true)
	public SegmentRules segmentRules() {
		return this.segmentRules.rules();
	}

	/** The problems of a profile as it would be saved (for the form's own checks before saving). */
	@Transactional(readOnly = true)
	public List<FieldProblem> problems(ClientProfile profile) {
		return ClientChecks.problems(profile, this.segmentRules.rules(), today());
	}

	/** The problems of an edit as it would be saved, the kept ID number and contact data merged in. */
	@Transactional(readOnly = true)
	public List<FieldProblem> problemsOfEdit(CurrentUser user, long id, ClientProfile edited, boolean keepIdNumber) {
		ClientProfile stored = writable(user, id).profile();
		return problems(merge(stored, edited, keepIdNumber, !user.can(Permission.CLIENT_CONTACT_READ)));
	}

	/**
	 * Sets a client's current risk level and the day it stops being valid. Only the risk module calls this, when an
	 * assessment takes effect, after checking the user's permission and scope; it audits the assessment itself. Plain
	 * SQL, so the client's version stays and an RM editing the profile at that moment is not told someone else did.
	 */
	public void recordRiskLevel(long clientId, RiskLevel level, LocalDate expiresOn) {
		this.jdbc.update("update clients_client set risk_level = ?, risk_expires_on = ? where id = ?", level.name(),
				expiresOn, clientId);
	}

	/** What a client's tier is worked out from, besides their property: read in id order, a batch at a time. */
	public record TierFacts(long id, ClientKind kind, Tier tier, Integer yearsOfExperience, boolean riskValid) {
	}

	/**
	 * The facts of up to {@code limit} clients that are not closed with an id above {@code afterId}, in id order: the
	 * tiering job's batches (one query each, however many clients).
	 */
	@Transactional(readOnly = true)
	public List<TierFacts> tierFacts(long afterId, int limit) {
		LocalDate today = today();
		return this.jdbc.query("select id, kind, tier, years_of_experience, risk_expires_on from clients_client "
				+ "where id > ? and status <> 'CLOSED' order by id limit ?", (rs, row) -> {
					LocalDate expires = rs.getObject("risk_expires_on", LocalDate.class);
					String tier = rs.getString("tier");
					return new TierFacts(rs.getLong("id"), ClientKind.valueOf(rs.getString("kind")),
							(tier != null) ? Tier.valueOf(tier) : null, (Integer) rs.getObject("years_of_experience"),
							expires != null && today.isBefore(expires));
				}, afterId, limit);
	}

	/** The facts of one client, for recomputing their tier alone; empty for a closed client. */
	@Transactional(readOnly = true)
	public java.util.Optional<TierFacts> tierFacts(long clientId) {
		return tierFacts(clientId - 1, 1).stream().filter((facts) -> facts.id() == clientId).findFirst();
	}

	/**
	 * How many clients in the user's scope (not closed) hold each tier; every tier is in the map, 0 when none. From
	 * {@link #bookFigures}: no page reads this on every view.
	 */
	@Transactional(readOnly = true)
	public Map<Tier, Long> tierCounts(CurrentUser user) {
		Map<Tier, Long> counts = new java.util.EnumMap<>(Tier.class);
		bookFigures(user).tiers().forEach((tier, holdings) -> counts.put(tier, holdings.clients()));
		return counts;
	}

	/** How many clients of a tier, and the assets their tier was last computed from (none computed yet: zero). */
	public record TierHoldings(long clients, java.math.BigDecimal assets) {
	}

	/** A book's clients (not closed) by tier, with their tier assets, and by valid risk level ({@code null}: none). */
	public record BookFigures(Map<Tier, TierHoldings> tiers, Map<RiskLevel, Long> riskLevels) {
	}

	/**
	 * A book's tiers with the assets under custody of each tier's clients (kept on the client by the tier computation,
	 * V0031; tiers held by none show 0 and 0), and its clients by valid risk level: one read of the book's covering
	 * index, grouped by both at once. The start page's book panel shows the two; a team lead's 5,000 clients were read
	 * twice.
	 */
	@Transactional(readOnly = true)
	public BookFigures bookFigures(CurrentUser user) {
		Map<Tier, TierHoldings> holdings = new java.util.EnumMap<>(Tier.class);
		for (Tier tier : Tier.values()) {
			holdings.put(tier, new TierHoldings(0, java.math.BigDecimal.ZERO));
		}
		Map<RiskLevel, Long> risk = new java.util.LinkedHashMap<>();
		for (RiskLevel level : RiskLevel.values()) {
			risk.put(level, 0L);
		}
		risk.put(null, 0L);
		org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters =
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("today", today());
		String scope = ClientScope.of(user).sqlCondition(parameters);
		new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(this.jdbc).query(
				"select tier, case when risk_expires_on > :today then risk_level end, count(*), "
						+ "coalesce(sum(tier_assets), 0) from clients_client where status <> 'CLOSED' and " + scope
						+ " group by 1, 2", parameters, (rs) -> {
							String tier = rs.getString(1);
							String level = rs.getString(2);
							long clients = rs.getLong(3);
							if (tier != null) {
								holdings.merge(Tier.valueOf(tier), new TierHoldings(clients, rs.getBigDecimal(4)),
										(held, more) -> new TierHoldings(held.clients() + more.clients(),
												held.assets().add(more.assets())));
							}
							risk.merge((level != null) ? RiskLevel.valueOf(level) : null, clients, Long::sum);
						});
		return new BookFigures(holdings, risk);
	}

	/**
	 * How many clients in the user's scope (not closed) hold {@code level}, valid today: one count through the index on
	 * level and expiry, where {@link #bookFigures} reads the whole scope (a firm-wide reader's 100,000 clients).
	 */
	@Transactional(readOnly = true)
	public long validRiskLevelCount(CurrentUser user, RiskLevel level) {
		org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters =
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("today", today())
					.addValue("level", level.name());
		ClientScope scope = ClientScope.of(user);
		String sql = (scope.reach() == ClientScope.Reach.ALL)
				// The firm: from the counts per level and expiry day (V0045), not the clients.
				? "select coalesce(sum(clients), 0) from clients_risk_expiry_count where risk_level = :level "
						+ "and expires_on > :today"
				: "select count(*) from clients_client where risk_level = :level and risk_expires_on > :today "
						+ "and status <> 'CLOSED' and " + scope.sqlCondition(parameters);
		return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(this.jdbc).queryForObject(sql,
				parameters, Long.class);
	}

	/**
	 * Sets clients' tiers. Only the tiering module calls this, which keeps each change's history and audits it; plain
	 * SQL, so the clients' versions stay and a profile being edited at that moment is not disturbed.
	 */
	public void recordTiers(Map<Long, Tier> tiers) {
		this.jdbc.batchUpdate("update clients_client set tier = ? where id = ?", tiers.entrySet().stream()
			.map((entry) -> new Object[] { entry.getValue().name(), entry.getKey() }).toList());
	}

	/**
	 * Keeps on each client the assets their tier was last computed from (the tiering module's figure), for the book's
	 * assets by tier from the book's index (V0031). Only the tiering module calls this, with each computation; one
	 * statement, writing only the figures that changed.
	 */
	public void recordTierAssets(Map<Long, java.math.BigDecimal> assets) {
		if (assets.isEmpty()) {
			return;
		}
		List<Long> ids = List.copyOf(assets.keySet());
		this.jdbc.update("update clients_client c set tier_assets = v.assets "
				+ "from unnest(?::bigint[], ?::numeric[]) as v(id, assets) "
				+ "where c.id = v.id and c.tier_assets is distinct from v.assets", ids.toArray(Long[]::new),
				ids.stream().map((id) -> assets.get(id).toPlainString()).toArray(String[]::new));
	}

	/**
	 * The clients in the user's scope, not closed, whose risk level expires before {@code before} (or already has),
	 * soonest first: the re-assessment list.
	 */
	@Transactional(readOnly = true)
	public Page<ClientView> riskLevelsExpiringBefore(CurrentUser user, LocalDate before, Pageable pageable) {
		Page<Client> page = this.clients.findAll(expiringBefore(ClientScope.of(user), before),
				org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
						Sort.by("riskExpiresOn", "id")));
		Map<Long, StaffMember> owners = this.staff.byIds(page.map(Client::getOwnerId).getContent());
		return page.map((client) -> view(client, owners, user));
	}

	/**
	 * How many clients {@link #riskLevelsExpiringBefore} lists: for the whole firm from the counts per level and expiry
	 * day (V0045), otherwise counted through the book's expiry index.
	 */
	@Transactional(readOnly = true)
	public long riskLevelsExpiringCount(CurrentUser user, LocalDate before) {
		ClientScope scope = ClientScope.of(user);
		if (scope.reach() == ClientScope.Reach.ALL) {
			return this.jdbc.queryForObject(
					"select coalesce(sum(clients), 0) from clients_risk_expiry_count where expires_on < ?", Long.class,
					before);
		}
		return this.clients.count(expiringBefore(scope, before));
	}

	/** Not closed, in the scope, with a risk level that expires before the day (or already has). */
	private static org.springframework.data.jpa.domain.Specification<Client> expiringBefore(ClientScope scope,
			LocalDate before) {
		return (client, query, builder) -> builder.and(scope.restrict(client, builder),
				builder.lessThan(client.get("riskExpiresOn"), before),
				builder.notEqual(client.get("status"), ClientStatus.CLOSED));
	}

	/** Today in the firm's time zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone.zoneId());
	}

	private void check(ClientProfile profile, Long id) {
		List<FieldProblem> problems = new ArrayList<>(ClientChecks.problems(profile, this.segmentRules.rules(), today()));
		if (profile.idNumber() != null && profile.idType() != null && taken(
				"select id from clients_client where id_type = ? and id_number = ?", id, profile.idType().name(),
				profile.idNumber())) {
			problems.add(new FieldProblem("idNumber", "client.idNumber.taken"));
		}
		if (profile.creditCode() != null
				&& taken("select id from clients_client where credit_code = ?", id, profile.creditCode())) {
			problems.add(new FieldProblem("creditCode", "client.creditCode.taken"));
		}
		if (!problems.isEmpty()) {
			throw new ClientRuleException(problems);
		}
	}

	/**
	 * Flushes, turning the unique indexes' refusal (two people onboarding the same client at the same moment, after
	 * both passed the check) into the same message as the check's.
	 */
	private void flushUnique() {
		try {
			this.clients.flush();
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			String message = String.valueOf(ex.getMostSpecificCause().getMessage());
			throw new ClientRuleException(message.contains("credit_code") ? "creditCode" : "idNumber",
					message.contains("credit_code") ? "client.creditCode.taken" : "client.idNumber.taken");
		}
	}

	private boolean taken(String sql, Long ownId, Object... arguments) {
		return this.jdbc.queryForList(sql, Long.class, arguments).stream().anyMatch((found) -> !found.equals(ownId));
	}

	private static ClientProfile merge(ClientProfile stored, ClientProfile edited, boolean keepIdNumber,
			boolean keepContact) {
		return new ClientProfile(stored.kind(), edited.name(), edited.gender(), edited.birthDate(), edited.occupation(),
				keepContact ? stored.mobilePhone() : edited.mobilePhone(), keepContact ? stored.email() : edited.email(),
				keepContact ? stored.address() : edited.address(), edited.idType(),
				keepIdNumber ? stored.idNumber() : edited.idNumber(), edited.incomeBand(), edited.financialAssets(),
				edited.yearsOfExperience(), edited.creditCode(), edited.legalRepresentative(), edited.contactPerson(),
				edited.businessScope(), edited.netAssets(), edited.investmentNeeds(), edited.segment(),
				edited.professional(), edited.professionalBasis());
	}

	/** The owner the user names, if the user may give clients to them. */
	private StaffMember owner(CurrentUser user, long ownerId) {
		// assignableOwners holds only enabled users who may own clients.
		return assignableOwners(user).stream()
			.filter((member) -> member.id() == ownerId)
			.findFirst()
			.orElseThrow(() -> new ClientRuleException("ownerId", "client.owner.notAllowed"));
	}

	private Client inScope(CurrentUser user, long id) {
		return this.clients.findById(id)
			.filter(ClientScope.of(user)::covers)
			.orElseThrow(() -> new RecordNotFoundException("client", id));
	}

	/** A client the user may edit: in scope, with CLIENT_WRITE, and not closed. */
	private Client writable(CurrentUser user, long id) {
		Client client = inScope(user, id);
		requirePermission(user, Permission.CLIENT_WRITE);
		if (client.isClosed()) {
			throw new ClientRuleException("*", "client.closed.readOnly");
		}
		return client;
	}

	private static void requirePermission(CurrentUser user, Permission permission) {
		if (!user.can(permission)) {
			throw new org.springframework.security.access.AccessDeniedException(permission.name());
		}
	}

	private static String requiredReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ClientRuleException("reason", "client.reason.required");
		}
		if (reason.strip().length() > 500) {
			throw new ClientRuleException("reason", "client.reason.tooLong");
		}
		return reason.strip();
	}

	private ClientView view(Client client, Map<Long, StaffMember> owners, CurrentUser user) {
		StaffMember owner = owners.get(client.getOwnerId());
		return ClientView.of(client, (owner != null) ? owner.displayName() : null, user, today());
	}

}
