package com.custodia.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/** Answers 403 with the error page, after announcing the denial for the audit trail. */
class AuditedAccessDeniedHandler implements AccessDeniedHandler {

	private final ApplicationEventPublisher events;

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	AuditedAccessDeniedHandler(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = CurrentUser.find()
			.map(CurrentUser::username)
			.orElse((authentication != null) ? authentication.getName() : null);
		Set<String> roles = CurrentUser.find().map(CurrentUser::roles).orElse(Set.of());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		this.events.publishEvent(new AccessWasDenied(username, roles, request.getMethod(),
				(path.length() > 500) ? path.substring(0, 500) : path,
				(denied instanceof CsrfException) ? "CSRF" : "PERMISSION"));
		this.forbidden.handle(request, response, denied);
	}

}
