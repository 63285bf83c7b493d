package com.custodia.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page. The dashboard module will fill it with each role's work for the day. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
