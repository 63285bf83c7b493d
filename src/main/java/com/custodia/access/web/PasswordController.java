package com.custodia.access.web;

import com.custodia.access.AccessRuleException;
import com.custodia.access.PasswordPolicy;
import com.custodia.access.PasswordService;
import com.custodia.security.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user changes their own password; new users and reset passwords are sent here before anything else. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final PasswordService passwords;

	PasswordController(PasswordService passwords) {
		this.passwords = passwords;
	}

	@GetMapping
	String form(@ModelAttribute("form") PasswordChangeForm form) {
		return "access/password";
	}

	@PostMapping
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordChangeForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (form.getNewPassword() != null) {
			PasswordPolicy.violations(form.getNewPassword(), user.username())
				.forEach((key) -> result.rejectValue("newPassword", key));
		}
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (result.hasErrors()) {
			return "access/password";
		}
		try {
			if (!this.passwords.change(user.id(), form.getCurrentPassword(), form.getNewPassword())) {
				result.rejectValue("currentPassword", "password.current.wrong");
				return "access/password";
			}
		}
		catch (AccessRuleException ex) {
			result.rejectValue(ex.getMessageKey().startsWith("password.current") ? "currentPassword" : "newPassword",
					ex.getMessageKey());
			return "access/password";
		}
		redirect.addFlashAttribute("flashSuccess", "password.changed");
		return "redirect:/";
	}

}
