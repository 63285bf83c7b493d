package com.custodia.web;

import jakarta.servlet.http.HttpServletRequest;

import com.custodia.security.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the signed-in user (for the navigation) and links for paging. */
@ControllerAdvice
class LayoutModel {

	private final DisplayZone zone;

	LayoutModel(DisplayZone zone) {
		this.zone = zone;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.find().orElse(null);
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
	}

}
