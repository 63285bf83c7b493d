package com.custodia.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Printable documents (assessment reports, later statements): a Thymeleaf template written as well-formed XHTML,
 * laid out for print by openhtmltopdf, with Noto Sans SC embedded (subset) so Chinese prints and copies correctly on
 * any machine. Templates use the font family {@value #FONT_FAMILY}. The font comes with the build (see the pom), never
 * from the network at run time.
 */
@Component
public class PdfDocuments {

	public static final String FONT_FAMILY = "Noto Sans SC";

	private static final String REGULAR = "fonts/400Regular/NotoSansSC_400Regular.ttf";

	private static final String BOLD = "fonts/700Bold/NotoSansSC_700Bold.ttf";

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final UnifiedIdeographs ideographs = new UnifiedIdeographs(() -> font(REGULAR));

	PdfDocuments(ITemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
		if (!new ClassPathResource(REGULAR).exists() || !new ClassPathResource(BOLD).exists()) {
			org.slf4j.LoggerFactory.getLogger(PdfDocuments.class).error("The PDF fonts ({}, {}) are not on the class "
					+ "path, so no PDF can be printed. They are fetched by the build: run ./mvnw spring-boot:run or "
					+ "./mvnw process-resources once.", REGULAR, BOLD);
		}
	}

	/** The PDF of {@code template} with these variables, in the reader's language. */
	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale, variables);
		// As on a page, templates may call beans (@quantities and the like).
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		String html = this.templates.process(template, context);
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.withHtmlContent(html, null);
			builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font(BOLD), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			ByteArrayOutputStream laidOut = new ByteArrayOutputStream();
			builder.toStream(laidOut);
			builder.run();
			try (PDDocument written = Loader.loadPDF(laidOut.toByteArray())) {
				this.ideographs.fix(written);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				written.save(out);
				return out.toByteArray();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF font " + path + " is missing; build with ./mvnw so it is fetched", ex);
		}
	}

}
