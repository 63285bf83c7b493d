package com.custodia.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The web security rules: form login, CSRF, session fixation protection, security headers, and a named permission
 * for every admin URL. Pages check their permission again on the controller method ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration {

	/** The session attribute in which a failed login leaves the username that was typed. */
	public static final String LAST_USERNAME = "custodia.login.lastUsername";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, CurrentUserLoader users, ApplicationEventPublisher events)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**").hasAuthority(Permission.METRICS_READ.name())
			.requestMatchers("/admin/users/**").hasAuthority(Permission.USER_ADMIN.name())
			.requestMatchers("/admin/teams/**").hasAuthority(Permission.TEAM_ADMIN.name())
			.requestMatchers("/admin/roles/**").hasAuthority(Permission.ROLE_ADMIN.name())
			.requestMatchers("/admin/segments/**").hasAuthority(Permission.SEGMENT_RULE_ADMIN.name())
			.requestMatchers("/admin/books/**").hasAuthority(Permission.USER_ADMIN.name())
			.requestMatchers("/admin/tier-rules/**", "/admin/tier-rules").hasAuthority(Permission.TIER_RULE_ADMIN.name())
			.requestMatchers("/admin/complaint-settings").hasAuthority(Permission.SETTINGS_ADMIN.name())
			.requestMatchers("/audit/**", "/audit").hasAuthority(Permission.AUDIT_READ.name())
			.requestMatchers("/clients/**", "/clients").hasAuthority(Permission.CLIENT_READ.name())
			.requestMatchers("/risk/questionnaires/**", "/risk/questionnaires", "/risk/settings")
			.hasAuthority(Permission.QUESTIONNAIRE_ADMIN.name())
			.requestMatchers("/risk/reviews/**", "/risk/reviews").hasAnyAuthority(Permission.SUITABILITY_REVIEW.name(),
					Permission.RISK_REVIEW.name())
			.requestMatchers("/risk/expiring").hasAnyAuthority(Permission.ASSESSMENT_RUN.name(), Permission.RISK_REVIEW.name())
			.requestMatchers("/risk/products/**", "/risk/products").hasAnyAuthority(Permission.PRODUCT_ADMIN.name(),
					Permission.RECOMMENDATION_RECORD.name(), Permission.SUITABILITY_REVIEW.name(), Permission.RISK_REVIEW.name())
			.requestMatchers("/risk/report", "/risk/report.csv", "/risk/report.pdf")
			.hasAuthority(Permission.REPORT_SUITABILITY.name())
			.requestMatchers("/risk/assessments/**").hasAuthority(Permission.CLIENT_READ.name())
			.requestMatchers("/risk/watch").hasAuthority(Permission.RISK_REVIEW.name())
			.requestMatchers("/risk/**").denyAll()
			.requestMatchers("/properties/**").hasAuthority(Permission.PROPERTY_READ.name())
			.requestMatchers("/ledger/approvals/**", "/ledger/approvals").hasAuthority(Permission.MOVEMENT_APPROVE.name())
			.requestMatchers("/ledger/alerts/**", "/ledger/alerts").hasAuthority(Permission.ALERT_HANDLE.name())
			.requestMatchers("/ledger/rates/**", "/ledger/rates").hasAuthority(Permission.FX_RATE_ADMIN.name())
			.requestMatchers("/ledger/settings/**", "/ledger/settings").hasAuthority(Permission.SETTINGS_ADMIN.name())
			.requestMatchers("/ledger/properties").hasAuthority(Permission.PROPERTY_READ.name())
			.requestMatchers("/ledger/reconciliations/**", "/ledger/reconciliations")
			.hasAuthority(Permission.RECONCILIATION_RUN.name())
			.requestMatchers("/ledger/report", "/ledger/report.csv", "/ledger/report.pdf")
			.hasAuthority(Permission.REPORT_PROPERTY.name())
			.requestMatchers("/ledger/mine").hasAuthority(Permission.PROPERTY_WRITE.name())
			.requestMatchers("/ledger/**").denyAll()
			.requestMatchers("/tiering/report", "/tiering/report.csv", "/tiering/report.pdf")
			.hasAuthority(Permission.REPORT_SERVICE.name())
			.requestMatchers("/tiering/service-due").hasAuthority(Permission.TIER_READ.name())
			.requestMatchers("/tiering/overrides/**", "/tiering/overrides")
			.hasAuthority(Permission.TIER_OVERRIDE_APPROVE.name())
			.requestMatchers("/tiering/**").denyAll()
			.requestMatchers("/complaints/report", "/complaints/report.csv", "/complaints/report.pdf")
			.hasAuthority(Permission.REPORT_COMPLAINTS.name())
			.requestMatchers("/complaints/**", "/complaints").hasAuthority(Permission.COMPLAINT_READ.name())
			.anyRequest().authenticated());
		http.formLogin((login) -> login.loginPage("/login")
			.defaultSuccessUrl("/", false)
			.failureHandler(loginFailureHandler())
			.permitAll());
		// After signing in, go back to the page that asked for it, without Spring Security's "?continue" marker.
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setMatchingRequestParameterName(null);
		http.requestCache((cache) -> cache.requestCache(requestCache));
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId())
			.invalidSessionUrl("/login?expired"));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frames) -> frames.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new AuditedAccessDeniedHandler(events)));
		// Before the CSRF check, so that a refused token is recorded with the user's roles too.
		http.addFilterBefore(new CurrentUserFilter(users), CsrfFilter.class);
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * A wrong password, an unknown user and a disabled account all read the same; only a lock is named, and it is
	 * named whether or not the password was right (unknown usernames lock the same way, see the access module).
	 */
	private static AuthenticationFailureHandler loginFailureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			HttpSession session = request.getSession();
			String typed = request.getParameter("username");
			if (typed != null) {
				session.setAttribute(LAST_USERNAME, typed.length() > 64 ? typed.substring(0, 64) : typed);
			}
			String outcome = (exception instanceof LockedException) ? "locked" : "error";
			response.sendRedirect(request.getContextPath() + "/login?" + outcome);
		};
	}

}
