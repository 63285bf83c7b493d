package com.custodia.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.custodia.security.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** What the layout needs on every page: the signed-in user, their menu, and links for paging. */
@ControllerAdvice
class LayoutModel {

	private final DisplayZone zone;

	private final Navigation navigation;

	LayoutModel(DisplayZone zone, Navigation navigation) {
		this.zone = zone;
		this.navigation = navigation;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.find().orElse(null);
	}

	/** The main menu's HTML for the signed-in user, or nothing. */
	@ModelAttribute("navigation")
	String navigation(HttpServletRequest request) {
		CurrentUser user = currentUser();
		HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getResponse();
		return (user != null) ? this.navigation.html(user, locale(request), request, response) : "";
	}

	@ModelAttribute("zone")
	DisplayZone zone() {
		return this.zone;
	}

	@ModelAttribute("links")
	PageLinks links(HttpServletRequest request) {
		return new PageLinks(request);
	}

	/** For views rendered by exception handlers, which the model attribute methods above do not reach. */
	void populate(org.springframework.ui.Model model, HttpServletRequest request) {
		model.addAttribute("currentUser", currentUser());
		model.addAttribute("zone", zone());
		model.addAttribute("links", links(request));
		model.addAttribute("navigation", navigation(request));
	}

	private static Locale locale(HttpServletRequest request) {
		return RequestContextUtils.getLocale(request);
	}

}
