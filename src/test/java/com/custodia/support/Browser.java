package com.custodia.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the system Chromium ({@code /usr/bin/chromium}, installed from Debian's packages; Playwright never
 * downloads a browser) and checks every page a test visits: no serious or critical axe-core violation, no error from
 * the Nu Html Checker, and a full-page screenshot under {@code target/screenshots}. Without Chromium the browser
 * tests are skipped with a message, except on CI ({@code CI} set), where they fail.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Paths.get("target/screenshots");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	private final String base;

	private Browser(String base) {
		this.base = base;
		this.playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	/** Starts Chromium, or skips the test (fails it on CI) when this machine has none. */
	public static Browser start(int port) {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "Browser tests need Chromium at " + CHROMIUM + " (apt-get install chromium fonts-wqy-microhei)";
			if (System.getenv("CI") != null) {
				throw new AssertionError(message + "; CI must have it: .ci/run installs it.");
			}
			Assumptions.abort(message + "; skipped.");
		}
		return new Browser("http://localhost:" + port);
	}

	/** A fresh browser profile (no cookies) speaking the given language. */
	public Page newPage(String language) {
		BrowserContext context = this.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setLocale(language)
			.setViewportSize(1366, 900)
			.setExtraHTTPHeaders(Map.of("Accept-Language", language)));
		return context.newPage();
	}

	public String url(String path) {
		return this.base + path;
	}

	public void login(Page page, String username, String password) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("form button[type=submit]");
		page.waitForLoadState();
	}

	/** Checks the page as it stands: accessibility, HTML validity, and a screenshot named after it. */
	public void check(Page page, String name) {
		page.waitForLoadState();
		try {
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(page.content()).as("untranslated message key on " + name).doesNotContainPattern("\\?\\?[A-Za-z._]+\\?\\?");
		List<String> violations = new ArrayList<>();
		for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				violations.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
						+ rule.getNodes().stream().map((node) -> node.getHtml()).toList());
			}
		}
		assertThat(violations).as("axe-core violations on " + name).isEmpty();
		String html = page.context().request().get(page.url(),
				com.microsoft.playwright.options.RequestOptions.create().setHeader("Accept", "text/html")).text();
		assertThat(htmlErrors(html)).as("HTML errors on " + name).isEmpty();
	}

	/** The Nu Html Checker's errors for a document (warnings are not counted). */
	public static List<String> htmlErrors(String html) {
		try {
			EmbeddedValidator validator = new EmbeddedValidator();
			validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
			String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			return report.lines().filter((line) -> line.contains(": error:") || line.contains(": fatal")).toList();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker could not run", ex);
		}
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
