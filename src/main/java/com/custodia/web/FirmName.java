package com.custodia.web;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The firm's name as statements and reports print it, in the reader's language ({@code ${@firmName.in(#locale)}}):
 * set per installation ({@code custodia.firm.name-zh}, {@code custodia.firm.name-en}; docs/operations.md).
 */
@Component("firmName")
public class FirmName {

	private final String chinese;

	private final String english;

	FirmName(@Value("${custodia.firm.name-zh:华信财富管理有限公司}") String chinese,
			@Value("${custodia.firm.name-en:Huaxin Wealth Management Co., Ltd.}") String english) {
		this.chinese = chinese;
		this.english = english;
	}

	public String in(Locale locale) {
		return (locale != null && locale.getLanguage().equals("zh")) ? this.chinese : this.english;
	}

}
