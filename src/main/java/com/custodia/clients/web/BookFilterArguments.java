package com.custodia.clients.web;

import java.util.List;

import com.custodia.clients.BookFilter;
import com.custodia.clients.BookFilters;
import com.custodia.security.CurrentUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A report handler takes a {@link BookFilter} argument and gets the {@code team} and {@code rm} of the address read
 * within the signed-in user's scope (see {@link BookFilters#read}); on a page, the model also gets {@code book} and
 * the {@code choices} its form offers.
 */
@Configuration(proxyBeanMethods = false)
class BookFilterArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private final BookFilters books;

	BookFilterArguments(BookFilters books) {
		this.books = books;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == BookFilter.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser user = (CurrentUser) authentication.getPrincipal();
		java.util.Locale locale = RequestContextUtils.getLocale(
				request.getNativeRequest(jakarta.servlet.http.HttpServletRequest.class));
		String team = request.getParameter("team");
		String owner = request.getParameter("rm");
		// A page (a view name) shows the filter's form, so reads the choices once for both; a download needs only the
		// filter.
		if (container != null && parameter.getMethod() != null && parameter.getMethod().getReturnType() == String.class) {
			BookFilters.Choices choices = this.books.choices(user, locale);
			BookFilter book = this.books.read(choices, team, owner);
			container.addAttribute("book", book);
			container.addAttribute("choices", choices);
			return book;
		}
		return this.books.read(user, team, owner, locale);
	}

}
