package com.custodia.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The main menu's HTML ({@code layout/nav}), rendered once for each set of permissions and language and then reused.
 * It depends on nothing else (no user data, no current page), so a change to a role's permissions or the language
 * simply picks another entry. Evaluating its thirty-odd permission checks, links and labels on every page was about
 * a third of the rendering of a client list (docs/performance.md).
 */
@Component
class Navigation {

	/** Far more than the firm's distinct role combinations times two languages; a bound all the same. */
	private static final int MAX_ENTRIES = 1_000;

	private record Key(Set<Permission> permissions, Locale locale) {
	}

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final Map<Key, String> rendered = new ConcurrentHashMap<>();

	Navigation(ITemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
	}

	String html(CurrentUser user, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Key key = new Key(Set.copyOf(user.permissions()), locale);
		String html = this.rendered.get(key);
		if (html == null) {
			html = render(user, locale, request, response);
			if (this.rendered.size() >= MAX_ENTRIES) {
				this.rendered.clear();
			}
			this.rendered.put(key, html);
		}
		return html;
	}

	private String render(CurrentUser user, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		// A web context, so that links get the context path as on any page.
		WebContext page = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale);
		page.setVariable("currentUser", user);
		page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		return this.templates.process("layout/nav", Set.of("mainNav"), page);
	}

}
