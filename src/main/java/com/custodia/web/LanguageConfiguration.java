package com.custodia.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese and English: the browser's Accept-Language picks one, {@code ?lang=en} or {@code ?lang=zh-CN} switches
 * and a cookie remembers the choice. Any other language falls back to Chinese, the firm's working language.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		return messages;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new SupportedLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Picks the closest supported language; never answers with a language Custodia has no words for. */
	static Locale closestSupported(Locale requested) {
		if (requested == null) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		return requested.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	private static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super("custodia-lang");
			setCookieMaxAge(Duration.ofDays(365));
			setDefaultLocaleFunction(SupportedLocaleResolver::fromAcceptLanguage);
		}

		private static Locale fromAcceptLanguage(HttpServletRequest request) {
			if (request.getHeader("Accept-Language") == null) {
				return Locale.SIMPLIFIED_CHINESE;
			}
			var locales = request.getLocales();
			while (locales.hasMoreElements()) {
				Locale locale = locales.nextElement();
				if (locale.getLanguage().equals("zh") || locale.getLanguage().equals("en")) {
					return closestSupported(locale);
				}
			}
			return Locale.SIMPLIFIED_CHINESE;
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return closestSupported(super.resolveLocale(request));
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, (locale != null) ? closestSupported(locale) : null);
		}

	}

}
