package com.custodia.clients;

import com.custodia.clients.documents.ClientDocuments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import com.custodia.security.CurrentUser;
import com.custodia.security.CurrentUserLoader;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clients for tests, onboarded through the real service as the given user, with ID numbers that pass GB 11643 and
 * never repeat.
 */
@TestComponent
public class ClientFixtures {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 400_000);

	private final ClientService clients;

	private final CurrentUserLoader users;

	private final JdbcTemplate jdbc;

	private final SegmentRuleStore segmentRules;

	private final ClientDocuments documents;

	private final TransactionTemplate transaction;

	ClientFixtures(ClientService clients, CurrentUserLoader users, JdbcTemplate jdbc, SegmentRuleStore segmentRules,
			ClientDocuments documents, TransactionTemplate transaction) {
		this.transaction = transaction;
		this.segmentRules = segmentRules;
		this.documents = documents;
		this.clients = clients;
		this.users = users;
		this.jdbc = jdbc;
	}

	/**
	 * Runs {@code action} while another transaction holds the client's row, as logging a contact or an import does
	 * until it commits; answers what the action answered.
	 */
	public <T> T whileRowHeld(long clientId, java.util.concurrent.Callable<T> action) throws Exception {
		java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
		java.util.concurrent.Future<?> holder = pool.submit(() -> this.transaction.execute((status) -> {
			this.jdbc.queryForList("select id from clients_client where id = ? for no key update", clientId);
			locked.countDown();
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return null;
		}));
		try {
			locked.await();
			return action.call();
		}
		finally {
			release.countDown();
			holder.get();
			pool.shutdown();
		}
	}

	public CurrentUser user(String username) {
		return this.users.loadActive(username).orElseThrow();
	}

	/** An active individual owned by {@code owner}; answers the id. */
	public long individual(String owner, String name) {
		return this.clients.create(user(owner), individualProfile(name, LocalDate.of(1980, 5, 17), "13912345678"),
				ClientStatus.ACTIVE, null);
	}

	/** A valid individual's profile: female, born on {@code birthDate}, ordinary, with a fresh resident ID number. */
	public static ClientProfile individualProfile(String name, LocalDate birthDate, String phone) {
		return new ClientProfile(ClientKind.INDIVIDUAL, name, Gender.FEMALE, birthDate, "工程师", phone,
				"client@example.cn", "上海市浦东新区世纪大道100号", IdType.RESIDENT_ID, residentId(birthDate, Gender.FEMALE),
				IncomeBand.FROM_300K, new BigDecimal("1200000.00"), 5, null, null, null, null, null, null,
				Segment.INDIVIDUAL_ORDINARY, false, null);
	}

	/** A resident ID number for this birth date and gender, never handed out before in this run. */
	public static String residentId(LocalDate birthDate, Gender gender) {
		long n = SEQUENCE.incrementAndGet();
		int area = 110101 + (int) (n / 500 % 800);
		int order = (int) (n % 500) * 2 + ((gender == Gender.MALE) ? 1 : 0);
		String first17 = String.format("%06d%s%03d", area, birthDate.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), order);
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	public ClientDocuments documents() {
		return this.documents;
	}

	public SegmentRuleStore segmentRules() {
		return this.segmentRules;
	}

	public ClientService service() {
		return this.clients;
	}

	public long version(long clientId) {
		return this.jdbc.queryForObject("select version from clients_client where id = ?", Long.class, clientId);
	}

	public String idNumber(long clientId) {
		return this.jdbc.queryForObject("select id_number from clients_client where id = ?", String.class, clientId);
	}

}
