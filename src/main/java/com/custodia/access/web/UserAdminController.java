package com.custodia.access.web;

import java.time.Clock;

import com.custodia.access.AccessRuleException;
import com.custodia.access.AdminRefusals;
import com.custodia.access.UserAccount;
import com.custodia.access.UserAdminService;
import com.custodia.access.UserSummary;
import com.custodia.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's user pages: list and search, create, edit roles and team, disable, unlock, reset password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('USER_ADMIN')")
class UserAdminController {

	private static final int PAGE_SIZE = 20;

	private static final java.util.Set<String> SORTABLE = java.util.Set.of("username", "displayName", "lastLoginAt");

	private final UserAdminService users;

	private final Clock clock;

	private final AdminRefusals refusals;

	UserAdminController(UserAdminService users, Clock clock, AdminRefusals refusals) {
		this.users = users;
		this.clock = clock;
		this.refusals = refusals;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("teams", this.users.teams());
		model.addAttribute("roles", this.users.roles());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long team,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "username,asc") String sort, Model model) {
		Page<UserSummary> result = this.users.search(q.length() > 100 ? q.substring(0, 100) : q, team,
				status.matches("ENABLED|DISABLED|LOCKED") ? status : "", PageRequest.of(Math.max(page, 0), PAGE_SIZE, sortOf(sort)));
		model.addAttribute("page", result);
		model.addAttribute("q", q);
		model.addAttribute("team", team);
		model.addAttribute("status", status);
		model.addAttribute("sort", sort);
		return "admin/users/list";
	}

	private static Sort sortOf(String sort) {
		String[] parts = sort.split(",");
		String property = SORTABLE.contains(parts[0]) ? parts[0] : "username";
		boolean descending = parts.length > 1 && parts[1].equals("desc");
		Sort primary = descending ? Sort.by(property).descending() : Sort.by(property).ascending();
		return property.equals("username") ? primary : primary.and(Sort.by("username"));
	}

	@GetMapping("/new")
	String createForm(@ModelAttribute("form") UserForm form) {
		return "admin/users/new";
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, OnCreate.class }) @ModelAttribute("form") UserForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && this.users.usernameTaken(form.getUsername())) {
			result.rejectValue("username", "user.username.taken");
		}
		if (result.hasErrors()) {
			return "admin/users/new";
		}
		try {
			UserAdminService.CreatedUser created = this.users.create(form.getUsername(), form.toDetails());
			redirect.addFlashAttribute("flashSuccess", "user.created");
			redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
			return "redirect:/admin/users/" + created.id();
		}
		catch (AccessRuleException ex) {
			result.reject(ex.getMessageKey());
			return "admin/users/new";
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		UserAccount user = this.users.get(id);
		model.addAttribute("user", user);
		model.addAttribute("form", UserForm.of(user));
		model.addAttribute("now", this.clock.instant());
		return "admin/users/edit";
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserAccount user = this.users.get(id);
		form.setUsername(user.getUsername());
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			model.addAttribute("now", this.clock.instant());
			return "admin/users/edit";
		}
		try {
			this.users.update(admin.id(), id, form.getVersion(), form.toDetails());
		}
		catch (AccessRuleException ex) {
			this.refusals.record("USER", id, ex);
			result.reject(ex.getMessageKey());
			model.addAttribute("user", user);
			model.addAttribute("now", this.clock.instant());
			return "admin/users/edit";
		}
		redirect.addFlashAttribute("flashSuccess", "user.saved");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return setEnabled(admin, id, version, false, redirect);
	}

	@PostMapping("/{id}/enable")
	String enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return setEnabled(admin, id, version, true, redirect);
	}

	private String setEnabled(CurrentUser admin, long id, long version, boolean enabled, RedirectAttributes redirect) {
		try {
			this.users.setEnabled(admin.id(), id, version, enabled);
			redirect.addFlashAttribute("flashSuccess", enabled ? "user.enabled" : "user.disabled");
		}
		catch (AccessRuleException ex) {
			this.refusals.record("USER", id, ex);
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.users.unlock(id, version);
		redirect.addFlashAttribute("flashSuccess", "user.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		String temporary = this.users.resetPassword(id, version);
		redirect.addFlashAttribute("flashSuccess", "user.passwordReset");
		redirect.addFlashAttribute("temporaryPassword", temporary);
		return "redirect:/admin/users/" + id;
	}

}
