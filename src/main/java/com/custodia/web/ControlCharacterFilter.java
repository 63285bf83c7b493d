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

/** Passes every request parameter through {@link PlainText#clean}, so a NUL pasted into any field is no 500. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ControlCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public String getParameter(String name) {
				return PlainText.clean(super.getParameter(name));
			}

			@Override
			public String[] getParameterValues(String name) {
				String[] values = super.getParameterValues(name);
				return (values == null) ? null : Arrays.stream(values).map(PlainText::clean).toArray(String[]::new);
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return super.getParameterMap().entrySet().stream()
					.collect(Collectors.toMap(Map.Entry::getKey,
							(entry) -> Arrays.stream(entry.getValue()).map(PlainText::clean).toArray(String[]::new),
							(a, b) -> a, java.util.LinkedHashMap::new));
			}
		}, response);
	}

}
