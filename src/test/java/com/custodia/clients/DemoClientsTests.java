package com.custodia.clients;

import com.custodia.web.FieldProblem;
import com.custodia.clients.documents.ClientDocuments;
import com.custodia.clients.documents.DocumentCategory;
import com.custodia.clients.servicelog.ContactKind;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import com.custodia.clients.DemoClients.DemoClient;
import com.custodia.clients.DemoClients.DemoContact;
import com.custodia.clients.DemoClients.DemoDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DemoClientsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private final List<DemoClient> clients = DemoClients.generate(TODAY);

	@Test
	void aboutThreeHundredClientsMostlyIndividuals() {
		assertThat(this.clients).hasSizeBetween(250, 350);
		long institutions = this.clients.stream().filter((client) -> !client.profile().isIndividual()).count();
		assertThat(institutions * 100 / this.clients.size()).isBetween(10L, 20L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-23", "2027-02-25", "2028-02-24", "2026-12-29" })
	void everyProfilePassesTheChecksTheFormApplies(LocalDate today) {
		Map<String, List<FieldProblem>> problems = new LinkedHashMap<>();
		for (DemoClient client : DemoClients.generate(today)) {
			List<FieldProblem> found = ClientChecks.problems(client.profile(), SegmentRules.DEFAULTS, today);
			if (!found.isEmpty()) {
				problems.put(client.profile().name(), found);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void idNumbersCreditCodesAndPhonesAreUnique() {
		assertUnique(this.clients.stream()
			.filter((client) -> client.profile().idNumber() != null)
			.map((client) -> client.profile().idType() + " " + client.profile().idNumber())
			.toList());
		assertUnique(this.clients.stream()
			.map((client) -> client.profile().creditCode())
			.filter((code) -> code != null)
			.toList());
		assertUnique(this.clients.stream().map((client) -> client.profile().mobilePhone()).toList());
		assertThat(this.clients).allSatisfy((client) -> assertThat(client.profile().mobilePhone()).isNotNull());
	}

	@Test
	void mostIndividualsHoldResidentIdsAndSomePassportsOrPermits() {
		Map<IdType, Long> types = this.clients.stream()
			.filter((client) -> client.profile().isIndividual())
			.collect(Collectors.groupingBy((client) -> client.profile().idType(), Collectors.counting()));
		assertThat(types).containsKeys(IdType.RESIDENT_ID, IdType.PASSPORT, IdType.HMT_PERMIT);
		assertThat(types.get(IdType.RESIDENT_ID)).isGreaterThan(200);
	}

	@Test
	void everyStatusAndEverySegmentAppears() {
		assertThat(this.clients.stream().map(DemoClient::status).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(ClientStatus.class));
		assertThat(this.clients.stream().map((client) -> client.profile().segment()).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(Segment.class));
		assertThat(countBy((client) -> client.profile().segment()).get(Segment.INDIVIDUAL_ULTRA_HIGH_NET_WORTH))
			.isBetween(3L, 20L);
		assertThat(countBy(DemoClient::status).get(ClientStatus.ACTIVE)).isGreaterThan(this.clients.size() / 2L);
	}

	@Test
	void anIndividualsSegmentIsTheOneTheirAssetsGiveThem() {
		assertThat(this.clients).filteredOn((client) -> client.profile().isIndividual())
			.allSatisfy((client) -> assertThat(client.profile().segment())
				.isEqualTo(SegmentRules.DEFAULTS.individualSegmentFor(client.profile().financialAssets())));
	}

	@Test
	void individualsAreBetween25And80() {
		assertThat(this.clients).filteredOn((client) -> client.profile().isIndividual())
			.allSatisfy((client) -> assertThat(
					Period.between(client.profile().birthDate(), TODAY).getYears()).isBetween(25, 80));
	}

	@Test
	void someQualifyingClientsAreMarkedProfessional() {
		assertThat(this.clients.stream().filter((client) -> client.profile().professional()).map(
				(client) -> client.profile().professionalBasis()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(ProfessionalInvestor.Basis.values());
	}

	@Test
	void rm1Rm2AndRm3OwnTheClients() {
		Map<String, Long> owners = countBy(DemoClient::owner);
		assertThat(owners.keySet()).containsExactlyInAnyOrder("rm1", "rm2", "rm3");
		assertThat(owners.get("rm1")).isGreaterThan(owners.get("rm3"));
	}

	@Test
	void closedClientsHaveAReasonAndOthersNone() {
		assertThat(this.clients).allSatisfy((client) -> {
			if (client.status() == ClientStatus.CLOSED) {
				assertThat(client.closeReason()).isNotBlank();
				assertThat(client.closing().at()).isAfter(client.createdAt());
				assertThat(client.closing().at().toLocalDate()).isBefore(TODAY);
			}
			else {
				assertThat(client.closing()).isNull();
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-23", "2027-02-25", "2028-02-24", "2026-12-29", "2028-02-28" })
	void rm1HasAtLeastThreeBirthdaysInTheComingWeek(LocalDate today) {
		Set<MonthDay> comingWeek = IntStream.range(0, 7)
			.mapToObj((days) -> MonthDay.from(today.plusDays(days)))
			.collect(Collectors.toSet());
		long birthdays = DemoClients.generate(today)
			.stream()
			.filter((client) -> client.owner().equals("rm1") && client.status() != ClientStatus.CLOSED)
			.filter((client) -> client.profile().isIndividual())
			.filter((client) -> comingWeek.contains(MonthDay.from(client.profile().birthDate())))
			.count();
		assertThat(birthdays).isGreaterThanOrEqualTo(3);
	}

	@Test
	void generationIsDeterministic() {
		assertThat(DemoClients.generate(TODAY)).isEqualTo(this.clients);
	}

	@Test
	void clientsWereCreatedOverTheLastThreeYearsOldestFirst() {
		assertThat(this.clients).allSatisfy((client) -> assertThat(client.createdAt().toLocalDate())
			.isBefore(TODAY)
			.isAfter(TODAY.minusYears(3).minusDays(7)));
		assertThat(this.clients).isSortedAccordingTo((a, b) -> a.createdAt().compareTo(b.createdAt()));
	}

	@Test
	void contactsLieBetweenOnboardingAndTodayWithFollowUpsAhead() {
		List<DemoContact> contacts = this.clients.stream().flatMap((client) -> client.contacts().stream()).toList();
		assertThat(contacts).hasSizeGreaterThan(500);
		assertThat(contacts.stream().map(DemoContact::kind).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(ContactKind.class));
		assertThat(this.clients).allSatisfy((client) -> assertThat(client.contacts()).allSatisfy((contact) -> {
			assertThat(contact.at().toLocalDate()).isAfter(client.createdAt().toLocalDate()).isBefore(TODAY);
			assertThat(contact.summary()).isNotBlank().hasSizeLessThanOrEqualTo(2000);
			if (contact.next() != null) {
				assertThat(contact.next()).isAfter(TODAY);
			}
			if (client.closing() != null) {
				assertThat(contact.at().toLocalDate()).isBeforeOrEqualTo(client.closing().at().toLocalDate());
			}
		}));
		assertThat(contacts).anySatisfy((contact) -> assertThat(contact.next()).isNotNull());
	}

	@Test
	void aboutTwentyClientsHaveDocuments() {
		List<DemoClient> withDocuments = this.clients.stream()
			.filter((client) -> !client.documents().isEmpty())
			.toList();
		assertThat(withDocuments).hasSizeBetween(12, 30);
		assertThat(withDocuments).allSatisfy((client) -> {
			assertThat(client.documents()).hasSizeBetween(1, 2);
			assertThat(client.status()).isIn(ClientStatus.ACTIVE, ClientStatus.DORMANT, ClientStatus.CLOSED);
			assertThat(client.documents()).allSatisfy((document) -> assertThat(document.uploadedAt())
				.isAfter(client.createdAt())
				.isBefore(TODAY.atStartOfDay()));
		});
		assertThat(withDocuments.stream().flatMap((client) -> client.documents().stream()).map(DemoDocument::category)
			.collect(Collectors.toSet())).contains(DocumentCategory.CONTRACT, DocumentCategory.AGREEMENT,
					DocumentCategory.ID_SCAN);
	}

	@Test
	void theDemoPdfHasAnExactCrossReferenceTable() {
		String pdf = new String(DemoClients.pdf(List.of("Asset management contract", "Client (C2026-000012)")),
				StandardCharsets.US_ASCII);
		assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n").contains("(Client \\(C2026-000012\\)) Tj");
		int xref = Integer.parseInt(pdf.substring(pdf.lastIndexOf("startxref\n") + 10, pdf.lastIndexOf("\n%%EOF")));
		assertThat(pdf.substring(xref)).startsWith("xref\n0 6\n0000000000 65535 f \n");
		String[] entries = pdf.substring(xref).split("\n");
		for (int object = 1; object <= 5; object++) {
			String entry = entries[2 + object] + "\n";
			assertThat(entry).hasSize(20).endsWith(" 00000 n \n");
			assertThat(pdf.substring(Integer.parseInt(entry.substring(0, 10)))).startsWith(object + " 0 obj\n");
		}
		Matcher stream = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(pdf);
		assertThat(stream.find()).isTrue();
		assertThat(pdf.substring(stream.end() + Integer.parseInt(stream.group(1)))).startsWith("\nendstream");
	}

	@Test
	void theDemoScanIsA200By120Png() throws IOException {
		byte[] png = DemoClients.png();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(200);
		assertThat(image.getHeight()).isEqualTo(120);
		assertThat(ClientDocuments.sha256(png)).hasSize(64).matches("[0-9a-f]{64}");
	}

	private <K> Map<K, Long> countBy(Function<DemoClient, K> key) {
		return this.clients.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
	}

	private static void assertUnique(List<String> values) {
		Map<String, Long> duplicates = values.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(duplicates).isEmpty();
	}

}
