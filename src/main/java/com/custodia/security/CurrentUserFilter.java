package com.custodia.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces the authentication stored at login with the user's current roles and permissions on every request
 * (one indexed query), so that an admin's change to the matrix takes effect on the user's next request. A user who
 * was disabled in the meantime is signed out; a user who must change their password is sent to do so first.
 */
class CurrentUserFilter extends OncePerRequestFilter {

	static final String PASSWORD_CHANGE_PATH = "/account/password";

	private final CurrentUserLoader loader;

	CurrentUserFilter(CurrentUserLoader loader) {
		this.loader = loader;
	}

	/** Error pages show the navigation too, so they need the current user as well. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** Streamed responses (CSV exports) finish in an async dispatch, which is authorized again. */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			chain.doFilter(request, response);
			return;
		}
		Optional<CurrentUser> current = this.loader.loadActive(authentication.getName());
		if (current.isEmpty()) {
			signOut(request);
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		CurrentUser user = current.get();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.permissions().stream().map((p) -> new SimpleGrantedAuthority(p.name())).toList()));
		SecurityContextHolder.setContext(context);
		if (user.mustChangePassword() && !mayUseBeforePasswordChange(request)) {
			response.sendRedirect(request.getContextPath() + PASSWORD_CHANGE_PATH);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean mayUseBeforePasswordChange(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PASSWORD_CHANGE_PATH) || path.equals("/logout") || path.equals("/login") || path.equals("/error")
				|| path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/");
	}

	private static void signOut(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
