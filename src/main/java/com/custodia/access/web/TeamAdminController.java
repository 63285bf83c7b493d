package com.custodia.access.web;

import com.custodia.access.AccessRuleException;
import com.custodia.access.Team;
import com.custodia.access.TeamService;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's team pages. */
@Controller
@RequestMapping("/admin/teams")
@PreAuthorize("hasAuthority('TEAM_ADMIN')")
class TeamAdminController {

	private final TeamService teams;

	TeamAdminController(TeamService teams) {
		this.teams = teams;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("teams", this.teams.all());
		return "admin/teams/list";
	}

	@GetMapping("/new")
	String createForm(@ModelAttribute("form") TeamForm form) {
		return "admin/teams/form";
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, OnCreate.class }) @ModelAttribute("form") TeamForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "admin/teams/form";
		}
		try {
			this.teams.create(form.getCode(), form.getNameEn(), form.getNameZh());
		}
		catch (AccessRuleException ex) {
			result.rejectValue(ex.getMessageKey().equals("team.name.taken") ? "nameZh" : "code", ex.getMessageKey());
			return "admin/teams/form";
		}
		redirect.addFlashAttribute("flashSuccess", "team.saved");
		return "redirect:/admin/teams";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		Team team = this.teams.get(id);
		model.addAttribute("team", team);
		model.addAttribute("form", TeamForm.of(team));
		return "admin/teams/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TeamForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Team team = this.teams.get(id);
		form.setCode(team.getCode());
		if (result.hasErrors()) {
			model.addAttribute("team", team);
			return "admin/teams/form";
		}
		try {
			this.teams.update(id, form.getVersion(), form.getNameEn(), form.getNameZh(), form.isActive());
		}
		catch (AccessRuleException ex) {
			result.rejectValue("nameZh", ex.getMessageKey());
			model.addAttribute("team", team);
			return "admin/teams/form";
		}
		redirect.addFlashAttribute("flashSuccess", "team.saved");
		return "redirect:/admin/teams";
	}

}
