package com.custodia.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drops control characters (other than tab and line breaks) from every request parameter. PostgreSQL refuses a NUL
 * in text, so one pasted into any field would otherwise end as a 500; the others are never meant.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ControlCharacterFilter extends OncePerRequestFilter {

	static String clean(String value) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
			}
		}
		return value;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public String getParameter(String name) {
				return clean(super.getParameter(name));
			}

			@Override
			public String[] getParameterValues(String name) {
				String[] values = super.getParameterValues(name);
				return (values == null) ? null : Arrays.stream(values).map(ControlCharacterFilter::clean).toArray(String[]::new);
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return super.getParameterMap().entrySet().stream()
					.collect(Collectors.toMap(Map.Entry::getKey,
							(entry) -> Arrays.stream(entry.getValue()).map(ControlCharacterFilter::clean).toArray(String[]::new),
							(a, b) -> a, java.util.LinkedHashMap::new));
			}
		}, response);
	}

}
