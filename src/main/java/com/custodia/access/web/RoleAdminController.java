package com.custodia.access.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.custodia.access.AccessRuleException;
import com.custodia.access.AdminRefusals;
import com.custodia.access.Role;
import com.custodia.access.RoleService;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's role pages: the role-permission matrix (every role against every permission, saved in one form),
 * and one role's names, permissions and retirement.
 */
@Controller
@RequestMapping("/admin/roles")
@PreAuthorize("hasAuthority('ROLE_ADMIN')")
class RoleAdminController {

	private final RoleService roles;

	private final AdminRefusals refusals;

	RoleAdminController(RoleService roles, AdminRefusals refusals) {
		this.roles = roles;
		this.refusals = refusals;
	}

	@ModelAttribute("permissionGroups")
	Map<Permission.Group, List<Permission>> permissionGroups() {
		return RoleService.permissionsByGroup();
	}

	@GetMapping
	String matrix(Model model) {
		model.addAttribute("roles", this.roles.all());
		return "admin/roles/matrix";
	}

	/**
	 * The matrix form posts, for each role column, {@code version_<roleId>} and the ticked cells as
	 * {@code grant_<roleId>=<PERMISSION>}.
	 */
	@PostMapping
	String saveMatrix(@AuthenticationPrincipal CurrentUser admin, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		List<RoleService.RoleGrant> grants = new ArrayList<>();
		for (Role role : this.roles.all()) {
			String version = form.getFirst("version_" + role.getId());
			if (version == null || role.isRetired()) {
				continue;
			}
			Set<Permission> granted = EnumSet.noneOf(Permission.class);
			for (String name : form.getOrDefault("grant_" + role.getId(), List.of())) {
				Permission.valueOfOptional(name).ifPresent(granted::add);
			}
			grants.add(new RoleService.RoleGrant(role.getId(), parseVersion(version), granted));
		}
		try {
			List<Role.PermissionChange> changes = this.roles.saveMatrix(admin.id(), grants);
			redirect.addFlashAttribute("flashSuccess", changes.isEmpty() ? "role.matrix.unchanged" : "role.matrix.saved");
		}
		catch (AccessRuleException ex) {
			this.refusals.record("ROLE_MATRIX", null, ex);
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return "redirect:/admin/roles";
	}

	private static long parseVersion(String version) {
		try {
			return Long.parseLong(version);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	@GetMapping("/new")
	String createForm(@ModelAttribute("form") RoleForm form) {
		return "admin/roles/new";
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, OnCreate.class }) @ModelAttribute("form") RoleForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "admin/roles/new";
		}
		try {
			Role role = this.roles.create(form.getCode(), form.toText(), form.getPermissions());
			redirect.addFlashAttribute("flashSuccess", "role.saved");
			return "redirect:/admin/roles/" + role.getId();
		}
		catch (AccessRuleException ex) {
			result.rejectValue("code", ex.getMessageKey());
			return "admin/roles/new";
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		Role role = this.roles.get(id);
		model.addAttribute("role", role);
		model.addAttribute("form", RoleForm.of(role));
		return "admin/roles/edit";
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@Valid @ModelAttribute("form") RoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Role role = this.roles.get(id);
		form.setCode(role.getCode());
		if (!result.hasErrors()) {
			try {
				this.roles.update(admin.id(), id, form.getVersion(), form.toText(), form.getPermissions());
				redirect.addFlashAttribute("flashSuccess", "role.saved");
				return "redirect:/admin/roles/" + id;
			}
			catch (AccessRuleException ex) {
				this.refusals.record("ROLE", id, ex);
				result.reject(ex.getMessageKey());
			}
		}
		model.addAttribute("role", role);
		return "admin/roles/edit";
	}

	@PostMapping("/{id}/retire")
	String retire(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return setRetired(admin, id, version, true, redirect);
	}

	@PostMapping("/{id}/reinstate")
	String reinstate(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return setRetired(admin, id, version, false, redirect);
	}

	private String setRetired(CurrentUser admin, long id, long version, boolean retired, RedirectAttributes redirect) {
		try {
			this.roles.setRetired(admin.id(), id, version, retired);
			redirect.addFlashAttribute("flashSuccess", retired ? "role.retired" : "role.reinstated");
		}
		catch (AccessRuleException ex) {
			this.refusals.record("ROLE", id, ex);
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return "redirect:/admin/roles/" + id;
	}

}
