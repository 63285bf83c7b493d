package com.custodia.access.web;

import jakarta.servlet.http.HttpSession;

import com.custodia.security.CurrentUser;
import com.custodia.security.SecurityConfiguration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Custodia's own login page. Its messages never say whether a username exists. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		if (CurrentUser.find().isPresent()) {
			return "redirect:/";
		}
		Object typed = session.getAttribute(SecurityConfiguration.LAST_USERNAME);
		session.removeAttribute(SecurityConfiguration.LAST_USERNAME);
		model.addAttribute("username", (typed != null) ? typed : "");
		return "access/login";
	}

}
