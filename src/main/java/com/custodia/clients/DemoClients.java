package com.custodia.clients;

import com.custodia.clients.documents.ClientDocuments;
import com.custodia.clients.documents.DocumentCategory;
import com.custodia.clients.servicelog.ContactKind;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import com.custodia.access.StaffDirectory;
import com.custodia.access.StaffMember;
import com.custodia.audit.AuditEntry;
import com.custodia.audit.AuditTrail;
import com.custodia.database.ConditionalOnEmbeddedDatabase;
import com.custodia.web.DisplayZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** About 300 lived-in demo clients, with service logs and a few documents, for an empty embedded database. */
@Configuration(proxyBeanMethods = false)
class DemoClients {

	private static final Logger log = LoggerFactory.getLogger(DemoClients.class);

	/** The demo relationship managers of {@code InitialUsers}: rm1 and rm2 in team EAST, rm3 in NORTH. */
	static final List<String> OWNERS = List.of("rm1", "rm2", "rm3");

	/** Individuals drawn at random; rm1's three birthdays of the coming week and the 45 institutions come on top. */
	private static final int RANDOM_INDIVIDUALS = 252;

	@Bean
	@Order(1)
	@ConditionalOnEmbeddedDatabase
	ApplicationRunner demoClientLoader(ClientRepository clients, StaffDirectory staff, AuditTrail audit,
			JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, DisplayZone zone) {
		return (ApplicationArguments arguments) -> transactions.executeWithoutResult((status) -> {
			if (clients.count() > 0) {
				return;
			}
			// Without the demo users (a test's own database, say) there is nobody to own the clients.
			Optional<Map<String, StaffMember>> owners = owners(staff);
			if (owners.isEmpty()) {
				return;
			}
			LocalDate today = LocalDate.ofInstant(clock.instant(), zone.zoneId());
			new Loader(clients, audit, jdbc, zone.zoneId(), owners.get()).load(generate(today));
		});
	}

	private static Optional<Map<String, StaffMember>> owners(StaffDirectory staff) {
		Map<String, StaffMember> owners = new LinkedHashMap<>();
		for (String username : OWNERS) {
			Optional<StaffMember> member = staff.findByUsername(username);
			if (member.isEmpty()) {
				return Optional.empty();
			}
			owners.put(username, member.get());
		}
		return Optional.of(owners);
	}

	/** The demo clients for a start-up on {@code today}, oldest first; the same day always gives the same clients. */
	static List<DemoClient> generate(LocalDate today) {
		return new Generator(today).clients();
	}

	/** Three month-days in the coming week (1, 3 and 5 days ahead), never 29 February, which most years lack. */
	static List<MonthDay> comingBirthdays(LocalDate today) {
		List<MonthDay> birthdays = new ArrayList<>();
		for (int daysAhead : new int[] { 1, 3, 5 }) {
			MonthDay birthday = MonthDay.from(today.plusDays(daysAhead));
			if (birthday.equals(MonthDay.of(2, 29))) {
				birthday = MonthDay.of(3, 1);
			}
			birthdays.add(birthday);
		}
		return List.copyOf(birthdays);
	}

	/** One generated client: what the loader saves and what the unit test checks. */
	record DemoClient(ClientProfile profile, ClientStatus status, String owner, LocalDateTime createdAt,
			Closing closing, List<DemoContact> contacts, List<DemoDocument> documents) {

		String closeReason() {
			return (this.closing != null) ? this.closing.reason() : null;
		}

	}

	/** How a closed client was closed: the status it left, why and when (Shanghai time). */
	record Closing(ClientStatus from, String reason, LocalDateTime at) {
	}

	/** A service-log entry; {@code at} is when it happened (Shanghai time), {@code next} an optional follow-up. */
	record DemoContact(ContactKind kind, LocalDateTime at, String summary, String outcome, LocalDate next) {

		DemoContact followUp(LocalDate next) {
			return new DemoContact(this.kind, this.at, this.summary, this.outcome, next);
		}

	}

	/** A document: its Chinese title names the file, the English one goes into the (ASCII-only) PDF. */
	record DemoDocument(DocumentCategory category, String title, String englishTitle, String note,
			LocalDateTime uploadedAt) {
	}

	/** A one-page PDF with a few lines of ASCII text; its cross-reference table is byte-exact, no repair needed. */
	static byte[] pdf(List<String> lines) {
		StringBuilder text = new StringBuilder("BT /F1 14 Tf 72 770 Td 20 TL\n");
		for (String line : lines) {
			text.append('(').append(pdfString(line)).append(") Tj T*\n");
		}
		text.append("ET");
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
						+ "/Contents 4 0 R >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append('\n').append("0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		// All ASCII, so the character offsets above are byte offsets.
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static String pdfString(String line) {
		return line.replaceAll("[^\\x20-\\x7E]", "?").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
	}

	/** A 200x120 grey picture of a card (outline, photo, lines of text), standing in for a scanned ID. */
	static byte[] png() {
		BufferedImage image = new BufferedImage(200, 120, BufferedImage.TYPE_BYTE_GRAY);
		WritableRaster raster = image.getRaster();
		for (int y = 0; y < 120; y++) {
			for (int x = 0; x < 200; x++) {
				raster.setSample(x, y, 0, cardShade(x, y));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static int cardShade(int x, int y) {
		boolean border = x < 3 || y < 3 || x >= 197 || y >= 117;
		boolean photo = x >= 14 && x < 64 && y >= 22 && y < 92;
		boolean text = x >= 78 && x < 186 && y >= 26 && y < 90 && (y - 26) % 16 < 6;
		return border ? 0x70 : photo ? 0x98 : text ? 0xA8 : 0xD8;
	}

	/** Saves generated clients with their audit events, service logs and documents. */
	private static final class Loader {

		private static final String INSERT_CONTACT = """
				insert into clients_contact (client_id, kind, contacted_on, summary, outcome, next_contact_on,
				                             recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""";

		private static final String INSERT_DOCUMENT = """
				insert into clients_document (client_id, category, file_name, content_type, size_bytes, sha256, note,
				                              uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""";

		private final ClientRepository clients;

		private final AuditTrail audit;

		private final JdbcTemplate jdbc;

		private final ZoneId zone;

		private final Map<String, StaffMember> owners;

		Loader(ClientRepository clients, AuditTrail audit, JdbcTemplate jdbc, ZoneId zone,
				Map<String, StaffMember> owners) {
			this.clients = clients;
			this.audit = audit;
			this.jdbc = jdbc;
			this.zone = zone;
			this.owners = owners;
		}

		void load(List<DemoClient> demoClients) {
			int contacts = 0;
			int documents = 0;
			for (DemoClient demo : demoClients) {
				StaffMember owner = this.owners.get(demo.owner());
				Client client = saveClient(demo, owner);
				contacts += saveContacts(client, demo.contacts(), owner);
				documents += saveDocuments(client, demo.documents(), owner);
			}
			log.info("Loaded {} demo clients with {} service-log entries and {} documents", demoClients.size(),
					contacts, documents);
		}

		private Client saveClient(DemoClient demo, StaffMember owner) {
			Long sequence = this.jdbc.queryForObject("select nextval('clients_code_seq')", Long.class);
			String code = ClientCode.of(demo.createdAt().getYear(), sequence);
			Closing closing = demo.closing();
			ClientStatus opened = (closing != null) ? closing.from() : demo.status();
			// The onboarding time stands in for "now", so created_at and updated_at tell the client's real age.
			Client client = new Client(code, demo.profile(), opened, owner.id(), owner.teamId(),
					instant(demo.createdAt()));
			if (closing != null) {
				client.close(closing.reason(), instant(closing.at()));
			}
			client = this.clients.save(client);
			Long id = client.getId();
			AuditEntry created = AuditEntry.of("CLIENT_CREATED").actor("system", null).target("CLIENT", id).client(id)
				.change("code", null, code)
				.change("kind", null, demo.profile().kind())
				.change("status", null, opened)
				.change("owner", null, owner.username())
				.detail("demo data");
			this.audit.record(ClientChanges.note(created, null, demo.profile()));
			if (closing != null) {
				this.audit.record(AuditEntry.of("CLIENT_CLOSED").actor("system", null).target("CLIENT", id).client(id)
					.change("status", opened, ClientStatus.CLOSED)
					.detail(closing.reason()));
			}
			return client;
		}

		private int saveContacts(Client client, List<DemoContact> contacts, StaffMember owner) {
			List<Object[]> rows = new ArrayList<>();
			for (DemoContact contact : contacts) {
				rows.add(new Object[] { client.getId(), contact.kind().name(), contact.at().toLocalDate(),
						contact.summary(), contact.outcome(), contact.next(), owner.username(), offset(contact.at()) });
			}
			if (!rows.isEmpty()) {
				this.jdbc.batchUpdate(INSERT_CONTACT, rows);
			}
			return rows.size();
		}

		private int saveDocuments(Client client, List<DemoDocument> documents, StaffMember owner) {
			for (DemoDocument document : documents) {
				boolean scan = document.category() == DocumentCategory.ID_SCAN;
				byte[] content = scan ? png()
						: pdf(List.of("Custodia - demo document", document.englishTitle(), "Client " + client.getCode(),
								"Uploaded " + document.uploadedAt().toLocalDate(),
								"Generated sample data, not a real document."));
				String fileName = document.title() + "-" + client.getCode() + (scan ? ".png" : ".pdf");
				Long id = this.jdbc.queryForObject(INSERT_DOCUMENT, Long.class, client.getId(),
						document.category().name(), fileName, scan ? "image/png" : "application/pdf",
						(long) content.length, ClientDocuments.sha256(content), document.note(), owner.username(),
						offset(document.uploadedAt()));
				this.jdbc.update("insert into clients_document_content (document_id, content) values (?, ?)", id,
						content);
			}
			return documents.size();
		}

		private Instant instant(LocalDateTime local) {
			return local.atZone(this.zone).toInstant();
		}

		private OffsetDateTime offset(LocalDateTime local) {
			return local.atZone(this.zone).toOffsetDateTime();
		}

	}

	/** Draws the clients from one seeded random, so every start-up on the same day sees the same firm. */
	private static final class Generator {

		private final Random random = new Random(2026);

		private final LocalDate today;

		// Names read better without twins; the rest is unique in the database too.
		private final Set<String> names = new HashSet<>();

		private final Set<String> phones = new HashSet<>();

		private final Set<String> emails = new HashSet<>();

		private final Set<String> idNumbers = new HashSet<>();

		private final Set<String> creditCodes = new HashSet<>();

		Generator(LocalDate today) {
			this.today = today;
		}

		List<DemoClient> clients() {
			List<DemoClient> clients = new ArrayList<>();
			for (int i = 0; i < RANDOM_INDIVIDUALS; i++) {
				clients.add(individual(owner(), status(), null));
			}
			// The start page's care list shows rm1's birthdays of the coming week; make sure there are some.
			for (MonthDay birthday : comingBirthdays(this.today)) {
				clients.add(individual("rm1", ClientStatus.ACTIVE, birthday));
			}
			for (Institution institution : INSTITUTIONS) {
				clients.add(institution(institution));
			}
			// Saved oldest first, so client numbers rise with the onboarding date as they would have.
			clients.sort(Comparator.comparing(DemoClient::createdAt));
			return List.copyOf(clients);
		}

		private DemoClient individual(String owner, ClientStatus status, MonthDay birthday) {
			Gender gender = this.random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
			LocalDate birthDate = birthDate(birthday);
			int age = Period.between(birthDate, this.today).getYears();
			City city = homeCity(owner);
			Name name = chance(10) ? englishName(gender) : chineseName(gender);
			Identity identity = identity(name, gender, birthDate, city);
			// What a lead owns and earns is often not known yet.
			boolean unknownWealth = status == ClientStatus.LEAD && chance(50);
			BigDecimal assets = unknownWealth ? null : individualAssets();
			Segment segment = SegmentRules.DEFAULTS.individualSegmentFor(assets);
			String occupation = occupation(age, segment, name.english());
			IncomeBand income = unknownWealth ? null : incomeBand(segment, occupation, assets);
			Integer years = unknownWealth ? null : this.random.nextInt(Math.min(25, age - 22) + 1);
			ProfessionalInvestor.Basis basis = individualBasis(assets, income, years);
			boolean professional = basis != null && chance(70);
			String email = chance(unknownWealth ? 40 : 85) ? email(name, birthDate) : null;
			ClientProfile profile = new ClientProfile(ClientKind.INDIVIDUAL, name.text(), gender, birthDate,
					occupation, mobile(), email, address(city, false), identity.type(), identity.number(), income,
					assets, years, null, null, null, null, null, null, segment, professional,
					professional ? basis : null);
			return client(profile, status, owner);
		}

		private DemoClient institution(Institution institution) {
			City city = city(institution.city());
			String owner = institutionOwner(city);
			ClientStatus status = status();
			BigDecimal netAssets = netAssets(institution.segment());
			// Part of the net assets is held in financial assets (deposits, funds, bonds).
			BigDecimal financialAssets = yuan(netAssets.longValue() / 100 * (10 + this.random.nextInt(51)) / 10_000
					* 10_000);
			Integer years = (status == ClientStatus.LEAD && chance(50)) ? null
					: (institution.segment() == Segment.INSTITUTION_FINANCIAL) ? 3 + this.random.nextInt(23)
							: this.random.nextInt(21);
			boolean professional = ProfessionalInvestor.supports(ProfessionalInvestor.Basis.INSTITUTION_ASSETS,
					financialAssets, null, netAssets, years) && chance(75);
			String creditCode = creditCode(institution.registration(), city);
			String legalRepresentative = chineseName(gender()).text();
			Name contact = chineseName(gender());
			String contactPerson = contact.text() + (chance(50) ? pick(CONTACT_TITLES) : "");
			String phone = chance(55) ? mobile() : landline(city);
			String email = chance(85) ? institutionEmail(contact, institution.tag()) : null;
			ClientProfile profile = new ClientProfile(ClientKind.INSTITUTION, institution.name(), null, null, null,
					phone, email, address(city, true), null, null, null, financialAssets, years, creditCode,
					legalRepresentative, contactPerson, institution.scope(), netAssets, investmentNeeds(institution),
					institution.segment(), professional,
					professional ? ProfessionalInvestor.Basis.INSTITUTION_ASSETS : null);
			return client(profile, status, owner);
		}

		private DemoClient client(ClientProfile profile, ClientStatus status, String owner) {
			LocalDateTime created = createdAt(status);
			Closing closing = (status == ClientStatus.CLOSED) ? closing(created, profile.isIndividual()) : null;
			LocalDate lastContact = lastContactDay(status, closing);
			List<DemoContact> contacts = contacts(profile, status, created.toLocalDate(), lastContact);
			List<DemoDocument> documents = documents(profile, status, created, lastContact);
			return new DemoClient(profile, status, owner, created, closing, contacts, documents);
		}

		private String owner() {
			int ticket = this.random.nextInt(100);
			return (ticket < 40) ? "rm1" : (ticket < 75) ? "rm2" : "rm3";
		}

		/** rm3 (team NORTH) looks after the northern cities, rm1 and rm2 (EAST) mostly the rest. */
		private String institutionOwner(City city) {
			if (city.north()) {
				return chance(75) ? "rm3" : chance(50) ? "rm1" : "rm2";
			}
			return chance(55) ? "rm1" : chance(85) ? "rm2" : "rm3";
		}

		private ClientStatus status() {
			int ticket = this.random.nextInt(100);
			return (ticket < 7) ? ClientStatus.LEAD : (ticket < 17) ? ClientStatus.PROSPECT
					: (ticket < 84) ? ClientStatus.ACTIVE : (ticket < 95) ? ClientStatus.DORMANT : ClientStatus.CLOSED;
		}

		/** Leads are recent, dormant and closed clients old enough to have gone quiet; the rest spread over 3 years. */
		private LocalDateTime createdAt(ClientStatus status) {
			int daysAgo = switch (status) {
				case LEAD -> 1 + this.random.nextInt(60);
				case PROSPECT -> 1 + this.random.nextInt(240);
				case ACTIVE -> 1 + this.random.nextInt(1095);
				case DORMANT, CLOSED -> 240 + this.random.nextInt(856);
			};
			LocalDate day = officeDay(this.today.minusDays(daysAgo));
			return day.atTime(9 + this.random.nextInt(9), this.random.nextInt(60));
		}

		private Closing closing(LocalDateTime created, boolean individual) {
			int daysKnown = (int) ChronoUnit.DAYS.between(created.toLocalDate(), this.today);
			LocalDate day = officeDay(created.toLocalDate().plusDays(60 + this.random.nextInt(daysKnown - 60)));
			ClientStatus from = chance(75) ? ClientStatus.ACTIVE : ClientStatus.DORMANT;
			String reason = pick(individual ? INDIVIDUAL_CLOSE_REASONS : INSTITUTION_CLOSE_REASONS);
			return new Closing(from, reason, day.atTime(10 + this.random.nextInt(8), this.random.nextInt(60)));
		}

		/** Nobody has talked to a dormant client for half a year, nor to a closed one since closing. */
		private LocalDate lastContactDay(ClientStatus status, Closing closing) {
			if (closing != null) {
				return closing.at().toLocalDate();
			}
			return (status == ClientStatus.DORMANT) ? this.today.minusDays(180) : this.today.minusDays(1);
		}

		private LocalDate birthDate(MonthDay birthday) {
			if (birthday != null) {
				return birthday.atYear(this.today.getYear() - 30 - this.random.nextInt(41));
			}
			// Ages 25 to 80: one day after the (age + 1)th birthday back to the age-th.
			int age = 25 + this.random.nextInt(56);
			return this.today.minusYears(age + 1).plusDays(1 + this.random.nextInt(365));
		}

		private City homeCity(String owner) {
			boolean north = "rm3".equals(owner) ? chance(80) : chance(12);
			List<City> region = CITIES.stream().filter((city) -> city.north() == north).toList();
			int ticket = this.random.nextInt(region.stream().mapToInt(City::weight).sum());
			for (City city : region) {
				ticket -= city.weight();
				if (ticket < 0) {
					return city;
				}
			}
			throw new IllegalStateException("No city drawn");
		}

		private Name chineseName(Gender gender) {
			while (true) {
				// The twenty commonest surnames carry a good half of the population.
				Syllable surname = chance(55) ? pick(SURNAMES.subList(0, 20)) : pick(SURNAMES);
				List<Syllable> given = (gender == Gender.MALE) ? MALE_GIVEN : FEMALE_GIVEN;
				Syllable first = pick(given);
				Syllable second = chance(65) ? pick(given) : null;
				if (first.equals(second)) {
					continue;
				}
				String text = surname.hanzi() + first.hanzi() + ((second != null) ? second.hanzi() : "");
				String pinyin = first.pinyin() + ((second != null) ? second.pinyin() : "");
				if (this.names.add(text)) {
					return new Name(text, surname.pinyin(), pinyin, false, false);
				}
			}
		}

		private Name englishName(Gender gender) {
			while (true) {
				String first = pick((gender == Gender.MALE) ? ENGLISH_MALE : ENGLISH_FEMALE);
				String family = pick(ENGLISH_SURNAMES);
				String text = first + " " + family;
				if (this.names.add(text)) {
					return new Name(text, family.toLowerCase(Locale.ROOT), first.toLowerCase(Locale.ROOT), true,
							HONG_KONG_SURNAMES.contains(family));
				}
			}
		}

		/** Chinese names hold resident ID cards; English names a Hong Kong permit, a passport or an ID card. */
		private Identity identity(Name name, Gender gender, LocalDate birthDate, City city) {
			if (name.hongKong()) {
				return chance(70) ? new Identity(IdType.HMT_PERMIT, documentNumber(IdType.HMT_PERMIT, "H"))
						: new Identity(IdType.PASSPORT, documentNumber(IdType.PASSPORT, "E"));
			}
			if (name.english() && chance(50)) {
				return new Identity(IdType.PASSPORT, documentNumber(IdType.PASSPORT, "E"));
			}
			return new Identity(IdType.RESIDENT_ID, residentId(gender, birthDate, city));
		}

		/** GB 11643: area code, birth date, sequence (odd for men, even for women), check character. */
		private String residentId(Gender gender, LocalDate birthDate, City city) {
			while (true) {
				// Most clients' cards were first issued where they live now.
				City issued = chance(75) ? city : pick(CITIES);
				int sequence = this.random.nextInt(500) * 2 + ((gender == Gender.MALE) ? 1 : 0);
				String first17 = pick(issued.districts()).code() + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
						+ String.format("%03d", sequence);
				String number = first17 + ResidentIdNumber.checkCharacter(first17);
				if (this.idNumbers.add(IdType.RESIDENT_ID + number)) {
					return number;
				}
			}
		}

		private String documentNumber(IdType type, String prefix) {
			while (true) {
				String number = prefix + digits(8);
				if (this.idNumbers.add(type + number)) {
					return number;
				}
			}
		}

		/** GB 32100: registration authority and kind, area code, organisation code, check character. */
		private String creditCode(String registration, City city) {
			while (true) {
				// Codes issued since 2015 carry "MA" organisation codes; older ones the former 8+1 digit code.
				String organisation = ("91".equals(registration) && chance(60))
						? "MA" + characters(CREDIT_CODE_ALPHABET, 7) : digits(8) + characters("0123456789X", 1);
				String first17 = registration + pick(city.districts()).code() + organisation;
				String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
				if (this.creditCodes.add(code)) {
					return code;
				}
			}
		}

		private String mobile() {
			while (true) {
				String number = pick(MOBILE_PREFIXES) + digits(8);
				if (this.phones.add(number)) {
					return number;
				}
			}
		}

		private String landline(City city) {
			while (true) {
				String number = city.areaCode() + "-" + (2 + this.random.nextInt(7)) + digits(7);
				if (this.phones.add(number)) {
					return number;
				}
			}
		}

		private String email(Name name, LocalDate birthDate) {
			String year = String.format("%02d", birthDate.getYear() % 100);
			String local = switch (this.random.nextInt(4)) {
				case 0 -> name.family() + "." + name.given() + year;
				case 1 -> name.given() + "." + name.family();
				case 2 -> name.family() + name.given();
				default -> name.given().charAt(0) + name.family() + year;
			};
			return uniqueEmail(local, pick(EMAIL_DOMAINS));
		}

		private String institutionEmail(Name contact, String tag) {
			String local = chance(60) ? contact.family() + "." + contact.given()
					: pick(List.of("finance", "caiwu", "treasury"));
			return uniqueEmail(local, tag + ".example.cn");
		}

		private String uniqueEmail(String local, String domain) {
			String email = local + "@" + domain;
			for (int n = 2; !this.emails.add(email); n++) {
				email = local + n + "@" + domain;
			}
			return email;
		}

		private String address(City city, boolean office) {
			District district = pick(city.districts());
			String street = city.province() + city.name() + district.name() + pick(district.roads());
			int number = 1 + this.random.nextInt(999);
			int room = (2 + this.random.nextInt(30)) * 100 + 1 + this.random.nextInt(8);
			if (office) {
				return street + number + "号" + (chance(50) ? pick(TOWERS) : "") + room + "室";
			}
			return switch (this.random.nextInt(3)) {
				case 0 -> street + number + "号";
				// Shanghai numbers its residential lanes (弄); elsewhere buildings (幢) within a compound.
				case 1 -> "上海市".equals(city.name())
						? street + number + "弄" + (1 + this.random.nextInt(60)) + "号" + room + "室"
						: street + number + "号" + (1 + this.random.nextInt(20)) + "幢" + room + "室";
				default -> street + number + "号" + (1 + this.random.nextInt(20)) + "幢" + room + "室";
			};
		}

		/** Mostly ordinary, a good third high-net-worth, a handful ultra-high; whole amounts, as clients state them. */
		private BigDecimal individualAssets() {
			int tier = this.random.nextInt(100);
			if (tier < 4) {
				return yuan(1_000_000L * (100 + this.random.nextInt(700)));
			}
			if (tier < 40) {
				// Skewed towards the lower end: far more clients own 8 million than 80.
				return yuan(10_000L * (600 + this.random.nextInt(1 + this.random.nextInt(9400))));
			}
			return yuan(10_000L * (20 + this.random.nextInt(580)));
		}

		private BigDecimal netAssets(Segment segment) {
			return switch (segment) {
				case INSTITUTION_FINANCIAL -> yuan(1_000_000L * (500 + this.random.nextInt(20_000)));
				case INSTITUTION_GOVERNMENT ->
					yuan(10_000L * (2_000 + this.random.nextInt(1 + this.random.nextInt(300_000))));
				default -> yuan(10_000L * (1_000 + this.random.nextInt(1 + this.random.nextInt(200_000))));
			};
		}

		private String occupation(int age, Segment segment, boolean english) {
			if (age >= 62 && chance(75)) {
				return "退休";
			}
			return switch (segment) {
				case INDIVIDUAL_ULTRA_HIGH_NET_WORTH -> pick(WEALTHY_OCCUPATIONS);
				case INDIVIDUAL_HIGH_NET_WORTH -> english ? pick(EXPATRIATE_OCCUPATIONS) : pick(AFFLUENT_OCCUPATIONS);
				default -> english ? pick(EXPATRIATE_OCCUPATIONS) : pick(ORDINARY_OCCUPATIONS);
			};
		}

		private IncomeBand incomeBand(Segment segment, String occupation, BigDecimal assets) {
			if ("退休".equals(occupation)) {
				return (segment == Segment.INDIVIDUAL_ORDINARY)
						? pick(List.of(IncomeBand.BELOW_100K, IncomeBand.FROM_100K, IncomeBand.FROM_100K,
								IncomeBand.FROM_300K))
						: pick(List.of(IncomeBand.FROM_100K, IncomeBand.FROM_300K, IncomeBand.FROM_500K));
			}
			return switch (segment) {
				case INDIVIDUAL_ULTRA_HIGH_NET_WORTH -> IncomeBand.FROM_1M;
				case INDIVIDUAL_HIGH_NET_WORTH -> pick(List.of(IncomeBand.FROM_300K, IncomeBand.FROM_500K,
						IncomeBand.FROM_500K, IncomeBand.FROM_1M, IncomeBand.FROM_1M));
				default -> ordinaryIncomeBand(assets);
			};
		}

		/** Savings grow with earnings: the more an ordinary client owns, the higher their band. */
		private IncomeBand ordinaryIncomeBand(BigDecimal assets) {
			if (assets.compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
				return pick(List.of(IncomeBand.BELOW_100K, IncomeBand.FROM_100K, IncomeBand.FROM_100K));
			}
			if (assets.compareTo(BigDecimal.valueOf(3_000_000)) < 0) {
				return pick(List.of(IncomeBand.FROM_100K, IncomeBand.FROM_300K, IncomeBand.FROM_300K));
			}
			return pick(List.of(IncomeBand.FROM_300K, IncomeBand.FROM_300K, IncomeBand.FROM_500K));
		}

		/** The first basis the figures support (as the form checks them: income is the band's lower bound). */
		private static ProfessionalInvestor.Basis individualBasis(BigDecimal assets, IncomeBand income, Integer years) {
			BigDecimal averageIncome = (income != null) ? income.from() : null;
			for (ProfessionalInvestor.Basis basis : List.of(ProfessionalInvestor.Basis.INDIVIDUAL_FINANCIAL_ASSETS,
					ProfessionalInvestor.Basis.INDIVIDUAL_AVERAGE_INCOME)) {
				if (ProfessionalInvestor.supports(basis, assets, averageIncome, null, years)) {
					return basis;
				}
			}
			return null;
		}

		private String investmentNeeds(Institution institution) {
			if (institution.segment() == Segment.INSTITUTION_ENTERPRISE) {
				return pick(ENTERPRISE_NEEDS);
			}
			if (institution.segment() == Segment.INSTITUTION_FINANCIAL) {
				return pick(FINANCIAL_NEEDS);
			}
			return switch (institution.registration()) {
				case "51", "53" -> pick(FOUNDATION_NEEDS);
				case "91" -> pick(STATE_COMPANY_NEEDS);
				default -> pick(PUBLIC_BODY_NEEDS);
			};
		}

		private List<DemoContact> contacts(ClientProfile profile, ClientStatus status, LocalDate created,
				LocalDate last) {
			LocalDate first = created.plusDays(1);
			int count = (status == ClientStatus.LEAD) ? (chance(40) ? 1 : 0)
					: (chance(88) ? 1 + this.random.nextInt(6) : 0);
			if (first.isAfter(last)) {
				return List.of();
			}
			List<DemoContact> contacts = new ArrayList<>();
			LogWindow window = new LogWindow(first, last, new HashSet<>(), new HashSet<>());
			for (int i = 0; i < count; i++) {
				contacts.add(contact(profile, status, window));
			}
			contacts.sort(Comparator.comparing(DemoContact::at));
			boolean current = status != ClientStatus.CLOSED && status != ClientStatus.DORMANT;
			if (current && !contacts.isEmpty() && chance(40)) {
				// The latest conversation left a follow-up for the coming weeks.
				int latest = contacts.size() - 1;
				contacts.set(latest, contacts.get(latest).followUp(this.today.plusDays(3 + this.random.nextInt(26))));
			}
			return List.copyOf(contacts);
		}

		private DemoContact contact(ClientProfile profile, ClientStatus status, LogWindow window) {
			ContactKind kind = (status == ClientStatus.LEAD) ? (chance(70) ? ContactKind.CALL : ContactKind.MESSAGE)
					: contactKind(profile.isIndividual());
			LocalDate day = null;
			Topic topic = null;
			// Birthday and holiday greetings fall on their day; without one in range the RM simply called.
			if (kind == ContactKind.CARE_BIRTHDAY) {
				day = birthdayIn(profile.birthDate(), window);
				topic = pick(BIRTHDAY_TOPICS);
			}
			else if (kind == ContactKind.CARE_HOLIDAY) {
				Holiday holiday = holidayIn(window);
				day = (holiday != null) ? holiday.day() : null;
				topic = (holiday != null) ? holiday.topic() : null;
			}
			if (day == null) {
				boolean dated = kind == ContactKind.CARE_BIRTHDAY || kind == ContactKind.CARE_HOLIDAY;
				kind = dated ? ContactKind.CALL : kind;
				day = officeDay(between(window.first(), window.last()));
				day = day.isBefore(window.first()) ? window.first() : day;
				topic = freshTopic((profile.isIndividual() ? INDIVIDUAL_TOPICS : INSTITUTION_TOPICS).get(kind), window);
			}
			else {
				window.careDays().add(day);
			}
			LocalDateTime at = day.atTime(9 + this.random.nextInt(10), this.random.nextInt(60));
			return new DemoContact(kind, at, topic.summary(), topic.outcome(), null);
		}

		private ContactKind contactKind(boolean individual) {
			int ticket = this.random.nextInt(100);
			if (ticket < 28) {
				return ContactKind.CALL;
			}
			if (ticket < 44) {
				return ContactKind.MESSAGE;
			}
			if (ticket < 58) {
				return ContactKind.MEETING;
			}
			if (ticket < 68) {
				return ContactKind.EMAIL;
			}
			if (ticket < 77) {
				return ContactKind.VISIT;
			}
			if (ticket < 86) {
				return ContactKind.CARE_HOLIDAY;
			}
			if (ticket < 93) {
				return individual ? ContactKind.CARE_BIRTHDAY : ContactKind.CALL;
			}
			return ContactKind.CARE_EVENT;
		}

		/** Varies the log: a topic the client's log does not hold yet, while there is one. */
		private Topic freshTopic(List<Topic> topics, LogWindow window) {
			List<Topic> fresh = topics.stream().filter((topic) -> !window.topics().contains(topic)).toList();
			Topic topic = pick(fresh.isEmpty() ? topics : fresh);
			window.topics().add(topic);
			return topic;
		}

		private LocalDate birthdayIn(LocalDate birthDate, LogWindow window) {
			List<LocalDate> candidates = new ArrayList<>();
			for (int year = window.first().getYear(); year <= window.last().getYear(); year++) {
				LocalDate birthday = MonthDay.from(birthDate).atYear(year);
				if (window.isFreeCareDay(birthday)) {
					candidates.add(birthday);
				}
			}
			return candidates.isEmpty() ? null : pick(candidates);
		}

		private Holiday holidayIn(LogWindow window) {
			List<Holiday> candidates = new ArrayList<>();
			for (int year = window.first().getYear(); year <= window.last().getYear(); year++) {
				for (Holiday holiday : holidays(year)) {
					if (window.isFreeCareDay(holiday.day())) {
						candidates.add(holiday);
					}
				}
			}
			return candidates.isEmpty() ? null : pick(candidates);
		}

		/** Greetings go out a few days before the festival, gifts in time to arrive. */
		private static List<Holiday> holidays(int year) {
			List<Holiday> holidays = new ArrayList<>();
			if (SPRING_FESTIVAL.containsKey(year)) {
				holidays.add(new Holiday(SPRING_FESTIVAL.get(year).minusDays(4), SPRING_FESTIVAL_TOPIC));
			}
			if (MID_AUTUMN.containsKey(year)) {
				holidays.add(new Holiday(MID_AUTUMN.get(year).minusDays(3), MID_AUTUMN_TOPIC));
			}
			holidays.add(new Holiday(LocalDate.of(year, 9, 28), NATIONAL_DAY_TOPIC));
			holidays.add(new Holiday(LocalDate.of(year, 12, 30), NEW_YEAR_TOPIC));
			return holidays;
		}

		/** About one client in fifteen past the prospect stage has a contract, an agreement or an ID scan on file. */
		private List<DemoDocument> documents(ClientProfile profile, ClientStatus status, LocalDateTime created,
				LocalDate last) {
			if (status == ClientStatus.LEAD || status == ClientStatus.PROSPECT || !chance(7)) {
				return List.of();
			}
			List<DemoDocument> documents = new ArrayList<>();
			if (chance(60)) {
				documents.add(document(DocumentCategory.CONTRACT, "资产管理合同", "Asset management contract", "双方签署版",
						created, last));
			}
			else {
				documents.add(idScan(profile, created, last));
			}
			if (chance(50)) {
				documents.add(agreement(profile, created, last));
			}
			return List.copyOf(documents);
		}

		private DemoDocument agreement(ClientProfile profile, LocalDateTime created, LocalDate last) {
			return profile.isIndividual()
					? document(DocumentCategory.AGREEMENT, "风险揭示书", "Risk disclosure statement", null, created, last)
					: document(DocumentCategory.AGREEMENT, "授权委托书", "Letter of authorisation", null, created, last);
		}

		private DemoDocument idScan(ClientProfile profile, LocalDateTime created, LocalDate last) {
			if (!profile.isIndividual()) {
				return document(DocumentCategory.ID_SCAN, "营业执照扫描件", "Business licence scan", "已核对原件", created, last);
			}
			return switch (profile.idType()) {
				case PASSPORT -> document(DocumentCategory.ID_SCAN, "护照复印件", "Passport copy", "已核对原件", created, last);
				case HMT_PERMIT -> document(DocumentCategory.ID_SCAN, "港澳居民来往内地通行证复印件", "Mainland travel permit copy",
						"已核对原件", created, last);
				default ->
					document(DocumentCategory.ID_SCAN, "身份证复印件", "Resident ID card copy", "已核对原件", created, last);
			};
		}

		/** Paperwork comes in within three weeks of onboarding (and never after the last contact). */
		private DemoDocument document(DocumentCategory category, String title, String englishTitle, String note,
				LocalDateTime created, LocalDate last) {
			LocalDateTime uploaded = created.plusDays(this.random.nextInt(21))
				.plusMinutes(10 + this.random.nextInt(90));
			if (uploaded.toLocalDate().isAfter(last)) {
				uploaded = created.plusMinutes(30);
			}
			return new DemoDocument(category, title, englishTitle, note, uploaded);
		}

		private LocalDate between(LocalDate first, LocalDate last) {
			return first.plusDays(this.random.nextInt((int) ChronoUnit.DAYS.between(first, last) + 1));
		}

		/** Relationship managers work on weekdays: a weekend day moves back to the Friday. */
		private static LocalDate officeDay(LocalDate day) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
				return day.minusDays(1);
			}
			return (day.getDayOfWeek() == DayOfWeek.SUNDAY) ? day.minusDays(2) : day;
		}

		private Gender gender() {
			return this.random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
		}

		private String digits(int count) {
			return characters("0123456789", count);
		}

		private String characters(String alphabet, int count) {
			StringBuilder text = new StringBuilder(count);
			for (int i = 0; i < count; i++) {
				text.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
			}
			return text.toString();
		}

		private boolean chance(int percent) {
			return this.random.nextInt(100) < percent;
		}

		private <T> T pick(List<T> choices) {
			return choices.get(this.random.nextInt(choices.size()));
		}

		private static City city(String name) {
			return CITIES.stream().filter((city) -> city.name().equals(name)).findFirst().orElseThrow();
		}

		private static BigDecimal yuan(long amount) {
			return BigDecimal.valueOf(amount);
		}

	}

	// Reference data below: places, names, institutions and what relationship managers write in the service log.

	private record City(String province, String name, String areaCode, boolean north, int weight,
			List<District> districts) {
	}

	/** A district with its GB/T 2260 code (the first six digits of ID numbers and credit codes issued there). */
	private record District(String code, String name, List<String> roads) {
	}

	private record Syllable(String hanzi, String pinyin) {
	}

	/** A client's name, with its family and given name in ASCII for email addresses. */
	private record Name(String text, String family, String given, boolean english, boolean hongKong) {
	}

	private record Identity(IdType type, String number) {
	}

	/** registration: the credit code's first two characters (91 company, 11 state organ, 12 public institution,
	 * 51 association, 53 foundation); tag: the ASCII name in the email domain. */
	private record Institution(String name, String tag, String city, Segment segment, String registration,
			String scope) {
	}

	private record Topic(String summary, String outcome) {
	}

	private record Holiday(LocalDate day, Topic topic) {
	}

	/** The days a client's service log spans, and the care days and topics it already holds. */
	private record LogWindow(LocalDate first, LocalDate last, Set<LocalDate> careDays, Set<Topic> topics) {

		boolean isFreeCareDay(LocalDate day) {
			return !day.isBefore(this.first) && !day.isAfter(this.last) && !this.careDays.contains(day);
		}

	}

	private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final List<City> CITIES = List.of(
			new City("", "上海市", "021", false, 8, List.of(
					new District("310101", "黄浦区", List.of("南京东路", "淮海中路", "西藏中路")),
					new District("310104", "徐汇区", List.of("漕溪北路", "肇嘉浜路", "天钥桥路", "衡山路")),
					new District("310105", "长宁区", List.of("延安西路", "虹桥路", "天山路")),
					new District("310106", "静安区", List.of("南京西路", "江宁路", "常德路")),
					new District("310110", "杨浦区", List.of("四平路", "黄兴路", "国定路")),
					new District("310112", "闵行区", List.of("沪闵路", "七莘路", "都市路")),
					new District("310115", "浦东新区", List.of("世纪大道", "张杨路", "陆家嘴环路", "锦绣路", "东方路")))),
			new City("", "北京市", "010", true, 5, List.of(
					new District("110101", "东城区", List.of("东直门内大街", "王府井大街", "朝阳门北大街")),
					new District("110102", "西城区", List.of("金融大街", "西直门外大街", "复兴门内大街")),
					new District("110105", "朝阳区", List.of("建国路", "朝阳北路", "东三环中路", "望京街")),
					new District("110106", "丰台区", List.of("丰台北路", "南三环西路")),
					new District("110108", "海淀区", List.of("中关村大街", "学院路", "知春路")))),
			new City("浙江省", "杭州市", "0571", false, 4, List.of(
					new District("330102", "上城区", List.of("解放路", "望江东路", "钱江路")),
					new District("330105", "拱墅区", List.of("莫干山路", "湖墅南路")),
					new District("330106", "西湖区", List.of("文三路", "天目山路", "曙光路")),
					new District("330108", "滨江区", List.of("江南大道", "滨盛路")))),
			new City("江苏省", "南京市", "025", false, 3, List.of(
					new District("320102", "玄武区", List.of("中山路", "北京东路")),
					new District("320104", "秦淮区", List.of("中华路", "太平南路")),
					new District("320105", "建邺区", List.of("江东中路", "河西大街")),
					new District("320106", "鼓楼区", List.of("中山北路", "湖南路")))),
			new City("江苏省", "苏州市", "0512", false, 3, List.of(
					new District("320505", "虎丘区", List.of("狮山路", "长江路")),
					new District("320506", "吴中区", List.of("东吴北路", "宝带西路")),
					new District("320508", "姑苏区", List.of("人民路", "干将西路")))),
			new City("广东省", "深圳市", "0755", false, 3, List.of(
					new District("440303", "罗湖区", List.of("人民南路", "深南东路")),
					new District("440304", "福田区", List.of("深南大道", "福华路", "益田路")),
					new District("440305", "南山区", List.of("科苑路", "海德三道", "后海大道")))),
			new City("广东省", "广州市", "020", false, 2, List.of(
					new District("440103", "荔湾区", List.of("龙津西路", "中山八路")),
					new District("440104", "越秀区", List.of("环市东路", "东风中路")),
					new District("440106", "天河区", List.of("天河路", "花城大道", "体育西路")))),
			new City("", "天津市", "022", true, 3, List.of(
					new District("120101", "和平区", List.of("南京路", "滨江道")),
					new District("120103", "河西区", List.of("友谊路", "围堤道")),
					new District("120104", "南开区", List.of("鞍山西道", "卫津路")))),
			new City("山东省", "济南市", "0531", true, 2, List.of(
					new District("370102", "历下区", List.of("泉城路", "经十路")),
					new District("370103", "市中区", List.of("经四路", "英雄山路")))),
			new City("山东省", "青岛市", "0532", true, 2, List.of(
					new District("370202", "市南区", List.of("香港中路", "东海西路")),
					new District("370203", "市北区", List.of("辽宁路", "延安路")),
					new District("370212", "崂山区", List.of("海尔路", "松岭路")))));

	private static final List<String> TOWERS = List.of("A座", "B座", "1号楼", "2号楼");

	/** Surnames by frequency; the first twenty are the commonest. */
	private static final List<Syllable> SURNAMES = syllables("王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao "
			+ "吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song "
			+ "唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang "
			+ "蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lyu 丁ding 沈shen 任ren 姚yao 卢lu 钟zhong 陆lu 汪wang "
			+ "范fan 金jin 石shi 廖liao 贾jia 夏xia 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin "
			+ "薛xue 段duan 雷lei 侯hou 龙long 史shi 陶tao 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan "
			+ "武wu 戴dai 莫mo 孔kong 汤tang 欧阳ouyang");

	private static final List<Syllable> MALE_GIVEN = syllables("伟wei 强qiang 磊lei 军jun 洋yang 勇yong 杰jie 涛tao "
			+ "明ming 超chao 刚gang 平ping 辉hui 鹏peng 华hua 飞fei 斌bin 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 建jian "
			+ "国guo 志zhi 文wen 博bo 晨chen 毅yi 峰feng 海hai 东dong 波bo 成cheng 立li 德de 轩xuan 正zheng 嘉jia");

	private static final List<Syllable> FEMALE_GIVEN = syllables("芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 霞xia "
			+ "秀xiu 玲ling 婷ting 雪xue 慧hui 颖ying 琳lin 倩qian 晶jing 燕yan 欣xin 悦yue 佳jia 雨yu 梦meng 婉wan "
			+ "思si 雅ya 诗shi 萍ping 红hong 梅mei 兰lan 月yue 瑶yao 琪qi 洁jie 蕾lei");

	private static final List<String> ENGLISH_MALE = List.of("James", "David", "Michael", "William", "Kevin", "Jason",
			"Eric", "Daniel", "Henry", "Vincent", "Raymond", "Patrick");

	private static final List<String> ENGLISH_FEMALE = List.of("Olivia", "Emily", "Grace", "Sophia", "Vivian", "Cindy",
			"Jennifer", "Michelle", "Catherine", "Angela", "Karen", "Winnie");

	private static final List<String> HONG_KONG_SURNAMES = List.of("Wong", "Chan", "Cheung", "Lau", "Ho", "Leung",
			"Ng", "Tang", "Lam", "Yeung");

	private static final List<String> ENGLISH_SURNAMES = List.of("Chen", "Zhang", "Liu", "Lin", "Wong", "Chan",
			"Cheung", "Lau", "Ho", "Leung", "Ng", "Tang", "Lam", "Yeung");

	private static final List<String> EMAIL_DOMAINS = List.of("example.cn", "example.com", "example.net",
			"mail.example.cn");

	private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137", "138",
			"139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "180",
			"181", "182", "183", "185", "186", "187", "188", "189", "198", "199");

	private static final List<String> ORDINARY_OCCUPATIONS = List.of("教师", "工程师", "软件工程师", "医生", "护士",
			"公务员", "会计师", "销售经理", "设计师", "自由职业", "个体经营者", "银行职员", "律师", "企业职员", "大学教师");

	private static final List<String> AFFLUENT_OCCUPATIONS = List.of("企业主", "企业主", "企业高管", "医生", "律师",
			"会计师", "大学教授", "投资人", "个体经营者", "金融从业者");

	private static final List<String> WEALTHY_OCCUPATIONS = List.of("企业主", "企业主", "企业高管", "投资人",
			"上市公司董事长");

	private static final List<String> EXPATRIATE_OCCUPATIONS = List.of("外企高管", "企业主", "投资人", "律师", "医生",
			"金融从业者");

	private static final List<String> CONTACT_TITLES = List.of("（财务总监）", "（财务经理）", "（资金部）", "（办公室主任）");

	private static final List<Institution> INSTITUTIONS = List.of(
			company("上海浦江精密机械有限公司", "pjjm", "上海市", "精密机械零部件、数控机床的研发、制造与销售；货物及技术进出口"),
			company("上海申城国际贸易有限公司", "scgm", "上海市", "货物进出口；技术进出口；日用百货、五金交电、纺织品的批发与零售"),
			company("上海张江生物医药科技股份有限公司", "zjsw", "上海市", "生物医药技术开发、技术转让、技术咨询；药品研发"),
			company("上海外滩置业有限公司", "wtzy", "上海市", "房地产开发经营；物业管理；停车场管理"),
			company("上海徐汇餐饮管理有限公司", "xhcy", "上海市", "餐饮企业管理；食品经营；餐饮服务"),
			company("上海虹桥会展服务有限公司", "hqhz", "上海市", "会议及展览服务；礼仪服务；企业形象策划"),
			company("杭州西湖文旅投资集团有限公司", "xhwl", "杭州市", "文化旅游项目投资、开发与运营；景区管理；会展服务"),
			company("杭州钱塘智能科技有限公司", "qtzn", "杭州市", "人工智能应用软件开发；信息系统集成服务；智能硬件销售"),
			company("杭州滨江电子商务有限公司", "bjds", "杭州市", "互联网销售；供应链管理服务；广告设计、代理"),
			company("杭州之江茶业有限公司", "zjcy", "杭州市", "茶叶种植、加工与销售；农产品初加工"),
			company("北京中关村云数信息技术有限公司", "zgcys", "北京市", "云计算、大数据技术服务；软件开发；数据处理和存储支持服务"),
			company("北京京华建筑设计研究院有限公司", "jhjz", "北京市", "建筑工程设计；工程咨询；城乡规划编制"),
			company("北京朝阳文化传媒有限公司", "cywh", "北京市", "组织文化艺术交流活动；影视节目制作；广告发布"),
			company("南京紫金电子科技有限公司", "zjdz", "南京市", "电子元器件制造与销售；集成电路设计"),
			company("南京秦淮新材料股份有限公司", "qhxcl", "南京市", "新型复合材料的研发、生产与销售"),
			company("苏州金鸡湖半导体设备有限公司", "jjhbdt", "苏州市", "半导体专用设备制造；电子专用设备销售"),
			company("苏州吴中丝绸实业有限公司", "wzsc", "苏州市", "丝绸制品、服装的生产与销售；自营和代理各类商品进出口"),
			company("深圳南山创新电子有限公司", "nscx", "深圳市", "消费电子产品的研发与销售；通讯设备制造"),
			company("深圳前海跨境供应链管理有限公司", "qhkj", "深圳市", "供应链管理服务；国际货物运输代理；报关业务"),
			company("深圳福华精密模具有限公司", "fhmj", "深圳市", "精密模具的设计、制造与销售"),
			company("广州珠江食品集团有限公司", "zjsp", "广州市", "食品生产；食品销售；农副产品收购"),
			company("广州天河医疗器械有限公司", "thyl", "广州市", "第二类、第三类医疗器械经营；医疗设备租赁"),
			company("广州越秀纺织品进出口有限公司", "yxfz", "广州市", "纺织品、服装的进出口及批发"),
			company("天津渤海重工机械有限公司", "bhzg", "天津市", "重型机械设备制造；港口装卸设备的安装与维修"),
			company("天津港湾物流有限公司", "gwwl", "天津市", "普通货物仓储；道路货物运输；国际货运代理"),
			company("济南泉城制药有限公司", "qczy", "济南市", "药品生产；中药饮片加工；医药技术开发"),
			company("青岛蓝海海洋生物科技有限公司", "lhhy", "青岛市", "海洋生物制品的研发与销售；保健食品生产"),
			company("青岛崂山矿泉饮品有限公司", "lsks", "青岛市", "饮料生产；瓶装饮用水生产与销售"),
			financial("江南信托有限责任公司", "jnxt", "苏州市", "资金信托；动产信托；不动产信托；有价证券信托；作为投资基金或者基金管理公司的发起人从事投资基金业务"),
			financial("浦江证券股份有限公司", "pjzq", "上海市", "证券经纪；证券投资咨询；证券承销与保荐；证券自营；证券资产管理"),
			financial("东海基金管理有限公司", "dhjj", "上海市", "公开募集证券投资基金管理；基金销售；私募资产管理"),
			financial("华北财产保险股份有限公司", "hbcx", "天津市", "财产损失保险；责任保险；信用保险和保证保险；短期健康保险和意外伤害保险"),
			financial("深圳前海融汇资本管理有限公司", "qhrh", "深圳市", "私募股权投资基金管理、创业投资基金管理服务"),
			financial("杭州钱江农村商业银行股份有限公司", "qjnsh", "杭州市", "吸收公众存款；发放短期、中期和长期贷款；办理国内结算"),
			financial("北京京信金融租赁有限公司", "jxzl", "北京市", "融资租赁业务；转让和受让融资租赁资产；固定收益类证券投资业务"),
			financial("青岛海融期货有限公司", "hrqh", "青岛市", "商品期货经纪；金融期货经纪；期货投资咨询；资产管理"),
			publicBody("苏州市公共资源交易中心", "szggzy", "苏州市", "12", "为公共资源交易提供场所、信息和咨询服务；交易保证金代收代管"),
			publicBody("深圳市科技创新促进中心", "kjcx", "深圳市", "12", "科技项目管理与评审；科技成果转化服务"),
			publicBody("济南市城市建设投资有限公司", "jncjt", "济南市", "91", "城市基础设施建设投资；土地整理开发；国有资产经营管理"),
			publicBody("天津市海河城市建设投资有限公司", "hhct", "天津市", "91", "城市基础设施及配套项目的投资、建设与运营"),
			publicBody("杭州市西湖区国有资产投资运营有限公司", "xhgt", "杭州市", "91", "国有资产投资、经营与管理；股权投资"),
			publicBody("青岛市国有资本投资运营有限公司", "qdgt", "青岛市", "91", "国有资本投资与运营；股权管理；资产管理"),
			publicBody("北京华夏养老基金会", "hxyl", "北京市", "53", "资助养老服务机构建设；开展养老护理培训及公益项目"),
			publicBody("上海浦江教育发展基金会", "pjjy", "上海市", "53", "资助家庭困难学生；奖励优秀教师；支持教育研究与交流"),
			publicBody("广州市体育产业协会", "gzty", "广州市", "51", "组织行业交流与培训；开展体育产业研究与咨询服务"));

	private static final List<String> ENTERPRISE_NEEDS = List.of("闲置资金现金管理，要求流动性高，T+1 可赎回",
			"一年期以内稳健理财，目标收益高于同期定期存款，不投资股票",
			"配合员工持股计划的资金管理，期限三至五年，可接受中等风险",
			"海外业务收入的外汇资金保值，关注美元债及结构性存款",
			"Surplus cash management with weekly liquidity; low-risk products only");

	private static final List<String> FINANCIAL_NEEDS = List.of("同业资金配置，关注利率债、同业存单及资产证券化产品",
			"自有资金委托管理，要求按月提供估值报告，回撤控制在 3% 以内",
			"FOF 组合配置，寻求补充权益类投资管理人");

	private static final List<String> PUBLIC_BODY_NEEDS = List.of("交易保证金的安全存放与流动性管理，仅限存款类产品",
			"专项资金过渡期保值，要求本金安全，可随时支取");

	private static final List<String> STATE_COMPANY_NEEDS = List.of("项目资金过渡期管理，期限与工程付款进度匹配",
			"国有资本保值增值，以固定收益类资产为主，需符合国资监管要求");

	private static final List<String> FOUNDATION_NEEDS = List.of(
			"基金会资产保值增值，须符合《慈善组织保值增值投资活动管理暂行办法》，不投资高风险产品",
			"留本基金长期稳健配置，每年收益用于公益项目支出");

	private static final List<String> INDIVIDUAL_CLOSE_REASONS = List.of("客户资产已全部转出，申请销户",
			"Client moved abroad and asked to close the relationship", "客户因家庭资产重新规划，转至其他机构管理",
			"客户对服务费率不满意，主动终止合作", "长期无法取得联系，经合规审核后关闭", "客户身故，继承人已完成资产过户");

	private static final List<String> INSTITUTION_CLOSE_REASONS = List.of("企业已注销，账户资产清算完毕",
			"机构调整合作金融机构，资金已全部转出", "The institution moved its mandate to another manager after a tender");

	private static final List<Topic> CALLS = List.of(
			new Topic("电话回访，客户关注理财产品到期安排", "已说明到期后可续作或赎回，客户倾向续投同类稳健产品"),
			new Topic("电话沟通近期市场波动对持仓的影响", "客户风险偏好未变，维持现有配置"),
			new Topic("致电提醒风险测评即将到期，需重新评估", "已约定本周内通过手机银行完成测评"),
			new Topic("电话介绍新发行的固收+产品募集信息", "客户表示考虑后回复"),
			new Topic("电话核实客户联系地址及职业信息变更", "已按客户口述更新资料，待补签确认书"),
			new Topic("Follow-up call on the bond fund subscription",
					"Client confirmed the amount; forms sent by email"));

	private static final List<Topic> MEETINGS = List.of(
			new Topic("季度资产配置面谈，讨论增配债券基金", "建议权益仓位降至四成，客户同意分两批调整"),
			new Topic("年度财富规划面谈，讨论子女教育金安排", "拟配置教育年金及基金定投，下次面谈出具方案"),
			new Topic("与客户及其税务顾问会面，讨论设立家族信托", "客户有意向，需补充资产证明材料"),
			new Topic("面谈介绍私募股权基金产品及主要风险", "已提供产品说明书和风险揭示书，客户考虑中"),
			new Topic("Portfolio review meeting at the branch",
					"Agreed to rebalance towards fixed income; proposal to follow"));

	private static final List<Topic> VISITS = List.of(new Topic("上门拜访客户，递送年度对账单", "客户对全年收益表示满意"),
			new Topic("陪同投资顾问上门，讲解养老规划方案", "客户认可方案，待与家人商量后确认"),
			new Topic("上门拜访客户，了解近期家庭财务安排", "客户计划明年换房，需预留部分流动资金"));

	private static final List<Topic> EMAILS = List.of(new Topic("邮件发送月度持仓报告及市场观点", null),
			new Topic("邮件发送产品合同及风险揭示书电子版", "客户已回复确认收到"),
			new Topic("Sent the quarterly performance report and fee statement", null));

	private static final List<Topic> MESSAGES = List.of(new Topic("微信提醒客户产品将于本周到期", "客户回复知悉"),
			new Topic("短信通知账户资料更新完成", null),
			new Topic("微信推送央行降息解读文章", "客户询问对所持债券产品的影响，已电话解答"));

	private static final List<Topic> EVENTS = List.of(new Topic("邀请客户参加年度投资策略会", "客户确认出席"),
			new Topic("邀请客户参加高尔夫联谊活动", "客户因出差未能参加"), new Topic("邀请客户参加健康养生讲座", "客户携家人出席"),
			new Topic("Invited the client to the wealth forum in Shanghai", "Client attended with spouse"));

	private static final List<Topic> BIRTHDAY_TOPICS = List.of(new Topic("生日当天发送祝福短信并寄送生日贺卡", "客户回复感谢"),
			new Topic("生日关怀：送上鲜花和蛋糕券", "客户表示感谢"),
			new Topic("Birthday wishes sent with a small gift", "Client replied with thanks"));

	private static final List<Topic> INSTITUTION_CALLS = List.of(
			new Topic("致电财务负责人，确认季度末资金划转安排", "对方预计月底到账约两千万元，待确认产品额度"),
			new Topic("电话沟通现金管理产品收益率变化", "客户接受收益率下调，继续持有"),
			new Topic("致电确认授权交易人员变更", "客户将于下周提交新的授权委托书"),
			new Topic("Call with the treasurer about year-end liquidity needs",
					"Keep 30% in T+0 products until January"));

	private static final List<Topic> INSTITUTION_MEETINGS = List.of(
			new Topic("与客户财务总监会谈，讨论年度资金配置方案", "客户倾向一年期以内的固定收益产品"),
			new Topic("列席客户投资决策委员会，汇报上半年投资情况", "委员会同意维持现有策略"),
			new Topic("与客户商谈定制资产管理计划的投资范围", "待客户法务审核合同条款"));

	private static final List<Topic> INSTITUTION_VISITS = List.of(
			new Topic("上门拜访客户，了解经营及现金流情况", "下季度有闲置资金，可考虑短期现金管理产品"),
			new Topic("拜访客户办公室，递送年度投资报告", "客户对报告表示认可"),
			new Topic("陪同产品经理拜访客户，介绍同业存单基金", "客户要求提供历史业绩及流动性说明"));

	private static final List<Topic> INSTITUTION_EVENTS = List.of(
			new Topic("邀请客户参加年度投资策略会", "客户派财务总监出席"),
			new Topic("邀请客户参加企业家沙龙", "法定代表人出席，交流了跨境投资需求"));

	private static final Map<ContactKind, List<Topic>> INDIVIDUAL_TOPICS = Map.of(ContactKind.CALL, CALLS,
			ContactKind.MEETING, MEETINGS, ContactKind.VISIT, VISITS, ContactKind.EMAIL, EMAILS, ContactKind.MESSAGE,
			MESSAGES, ContactKind.CARE_EVENT, EVENTS);

	private static final Map<ContactKind, List<Topic>> INSTITUTION_TOPICS = Map.of(ContactKind.CALL, INSTITUTION_CALLS,
			ContactKind.MEETING, INSTITUTION_MEETINGS, ContactKind.VISIT, INSTITUTION_VISITS, ContactKind.EMAIL, EMAILS,
			ContactKind.MESSAGE, MESSAGES, ContactKind.CARE_EVENT, INSTITUTION_EVENTS);

	private static final Topic SPRING_FESTIVAL_TOPIC = new Topic("春节前寄送新春礼盒并致电拜年", "客户表示感谢，约定节后面谈");

	private static final Topic MID_AUTUMN_TOPIC = new Topic("中秋节前寄送月饼礼盒", "客户已签收并回复感谢");

	private static final Topic NATIONAL_DAY_TOPIC = new Topic("国庆长假前发送节日问候，提醒假期前后的资金到账安排", null);

	private static final Topic NEW_YEAR_TOPIC = new Topic("新年前发送祝福并附年度服务回顾", "客户回复新年祝福");

	/** The first day of the lunar new year, which moves with the moon. */
	private static final Map<Integer, LocalDate> SPRING_FESTIVAL = Map.of(2022, LocalDate.of(2022, 2, 1), 2023,
			LocalDate.of(2023, 1, 22), 2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29), 2026,
			LocalDate.of(2026, 2, 17), 2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26), 2029,
			LocalDate.of(2029, 2, 13), 2030, LocalDate.of(2030, 2, 3));

	/** The Mid-Autumn Festival, the 15th of the 8th lunar month. */
	private static final Map<Integer, LocalDate> MID_AUTUMN = Map.of(2022, LocalDate.of(2022, 9, 10), 2023,
			LocalDate.of(2023, 9, 29), 2024, LocalDate.of(2024, 9, 17), 2025, LocalDate.of(2025, 10, 6), 2026,
			LocalDate.of(2026, 9, 25), 2027, LocalDate.of(2027, 9, 15), 2028, LocalDate.of(2028, 10, 3), 2029,
			LocalDate.of(2029, 9, 22), 2030, LocalDate.of(2030, 9, 12));

	private static Institution company(String name, String tag, String city, String scope) {
		return new Institution(name, tag, city, Segment.INSTITUTION_ENTERPRISE, "91", scope);
	}

	private static Institution financial(String name, String tag, String city, String scope) {
		return new Institution(name, tag, city, Segment.INSTITUTION_FINANCIAL, "91", scope);
	}

	private static Institution publicBody(String name, String tag, String city, String registration, String scope) {
		return new Institution(name, tag, city, Segment.INSTITUTION_GOVERNMENT, registration, scope);
	}

	/** "王wang 李li" → 王/wang, 李/li: each token is its characters followed by their pinyin. */
	private static List<Syllable> syllables(String tokens) {
		return Arrays.stream(tokens.split(" ")).map((token) -> {
			int ascii = 0;
			while (token.charAt(ascii) > 0x7F) {
				ascii++;
			}
			return new Syllable(token.substring(0, ascii), token.substring(ascii));
		}).toList();
	}

}
