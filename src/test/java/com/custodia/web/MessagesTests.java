package com.custodia.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.custodia.audit.AuditOutcome;
import com.custodia.security.Permission;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word on screen comes from the message files, and the two languages have the same keys. */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

	private final Properties english = load("messages_en.properties");

	private final Properties chinese = load("messages_zh_CN.properties");

	@Test
	void noKeyIsDefinedTwiceInAMessageFile() throws IOException {
		// A second definition silently wins over the first (a new report's title once replaced an older page's).
		for (String file : List.of("messages_en.properties", "messages_zh_CN.properties")) {
			Set<String> seen = new TreeSet<>();
			List<String> twice = new ArrayList<>();
			for (String line : Files.readAllLines(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
				int equals = line.indexOf('=');
				if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
					twice.add(line.substring(0, equals).strip());
				}
			}
			assertThat(twice).as(file).isEmpty();
		}
	}

	@Test
	void bothLanguagesHaveExactlyTheSameKeys() {
		assertThat(new TreeSet<>(this.chinese.stringPropertyNames()))
			.containsExactlyElementsOf(new TreeSet<>(this.english.stringPropertyNames()));
	}

	@Test
	void noMessageIsEmpty() {
		this.english.forEach((key, value) -> assertThat((String) value).as("en " + key).isNotBlank());
		this.chinese.forEach((key, value) -> assertThat((String) value).as("zh_CN " + key).isNotBlank());
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Pattern expression = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
		// Whole keys passed to fragments; a prefix ending in a dot is completed at run time and checked below.
		Pattern fragmentArgument = Pattern.compile("'([a-z]+\\.[A-Za-z0-9_.]*[A-Za-z0-9_])'");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			collectMissing(expression.matcher(html), template, missing);
			collectMissing(fragmentArgument.matcher(html), template, missing);
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyTheJavaCodeNamesExists() throws IOException {
		Pattern literal = Pattern.compile(
				"\"((?:access|user|team|role|password|login|error|permission|client|audit|risk|ledger)\\.[A-Za-z0-9_.]*[A-Za-z0-9])\"");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				collectMissing(literal.matcher(Files.readString(file)), file, missing);
			}
		}
		for (Class<? extends Labelled> type : List.<Class<? extends Labelled>>of(com.custodia.clients.ClientKind.class,
				com.custodia.clients.ClientStatus.class, com.custodia.clients.Segment.class, com.custodia.clients.Gender.class,
				com.custodia.clients.IdType.class, com.custodia.clients.IncomeBand.class,
				com.custodia.clients.ProfessionalInvestor.Basis.class, com.custodia.clients.servicelog.ContactKind.class,
				com.custodia.clients.documents.DocumentCategory.class, com.custodia.clients.imports.ClientImports.Status.class,
				com.custodia.clients.RiskLevel.class, com.custodia.risk.ProductRisk.class, com.custodia.risk.Suitability.Verdict.class,
				com.custodia.ledger.Currency.class, com.custodia.ledger.PropertyType.class,
				com.custodia.ledger.PropertyStatus.class, com.custodia.ledger.EntryKind.class,
				com.custodia.ledger.AlertRules.Reason.class)) {
			for (Labelled constant : type.getEnumConstants()) {
				if (!this.english.containsKey(constant.messageKey()) || !this.chinese.containsKey(constant.messageKey())) {
					missing.add(constant.messageKey());
				}
			}
		}
		for (AuditOutcome outcome : AuditOutcome.values()) {
			if (!this.english.containsKey("audit.outcome." + outcome)) {
				missing.add("audit.outcome." + outcome);
			}
		}
		for (String reason : List.of("CONTENT_CHANGED", "EVENT_MISSING", "LINK_MISSING", "LINK_MISMATCH", "UNSEALED_EVENT")) {
			if (!this.english.containsKey("audit.verify.reason." + reason)) {
				missing.add("audit.verify.reason." + reason);
			}
		}
		for (Permission permission : Permission.values()) {
			if (!this.english.containsKey(permission.descriptionKey())) {
				missing.add(permission.descriptionKey());
			}
			if (!this.english.containsKey(permission.group().messageKey())) {
				missing.add(permission.group().messageKey());
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyAuditActionTheCodeRecordsHasANameInBothLanguages() throws IOException {
		Pattern code = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				for (String line : Files.readAllLines(file)) {
					if (!line.contains("AuditEntry.of(")) {
						continue;
					}
					String call = line.substring(line.indexOf("AuditEntry.of("));
					Matcher matcher = code.matcher(call.substring(0, call.indexOf(')') + 1));
					while (matcher.find()) {
						String key = "audit.action." + matcher.group(1);
						if (!this.english.containsKey(key) || !this.chinese.containsKey(key)) {
							missing.add(file + ": " + key);
						}
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noTemplateHardCodesText() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.tagName().equals("script")
						|| element.tagName().equals("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (text.text().codePoints().anyMatch(Character::isLetter)) {
						hardCoded.add(template + ": <" + element.tagName() + "> " + text.text().strip());
					}
				}
				element.attributes().forEach((attribute) -> {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey())
							&& attribute.getValue().codePoints().anyMatch(Character::isLetter)) {
						hardCoded.add(template + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
					}
				});
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	@Test
	void noTemplateWritesUnescapedText() throws IOException {
		List<String> unescaped = new ArrayList<>();
		for (Path template : templates()) {
			String text = Files.readString(template);
			// The one exception: the layout inserts the menu that web/Navigation rendered from layout/nav, an escaping
			// template of our own with no user text in it.
			if (template.endsWith(Path.of("layout", "main.html"))) {
				text = text.replace("th:utext=\"${navigation}\"", "");
			}
			if (text.contains("th:utext")) {
				unescaped.add(template.toString());
			}
		}
		assertThat(unescaped).as("th:utext does not escape; user text must never reach it").isEmpty();
	}

	private void collectMissing(Matcher matcher, Path where, List<String> missing) {
		while (matcher.find()) {
			String key = matcher.group(1);
			if (!this.english.containsKey(key) || !this.chinese.containsKey(key)) {
				missing.add(where + ": " + key);
			}
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((f) -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				MessagesTests.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
