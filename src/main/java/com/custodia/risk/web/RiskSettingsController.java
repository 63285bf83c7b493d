package com.custodia.risk.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.custodia.clients.ClientRuleException;
import com.custodia.web.FieldProblem;
import com.custodia.clients.RiskLevel;
import com.custodia.risk.AssetClass;
import com.custodia.risk.RiskSettings;
import com.custodia.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk officer's settings page: how long assessments stay valid, and the suggested allocation per level (one
 * field per level and asset class, named {@code C3.EQUITY}). What was typed is shown again with the problems.
 */
@Controller
@RequestMapping("/risk/settings")
@PreAuthorize("hasAuthority('QUESTIONNAIRE_ADMIN')")
class RiskSettingsController {

	private final RiskSettings settings;

	RiskSettingsController(RiskSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	String show(Model model) {
		RiskSettings.Settings current = this.settings.current();
		Map<String, String> values = new LinkedHashMap<>();
		current.allocation().forEach((level, row) -> row.forEach((assetClass, percent) -> values
			.put(level + "." + assetClass, String.valueOf(percent))));
		return page(String.valueOf(current.validityMonths()), values, current.version(), Map.of(), model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> parameters,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		Integer months = number(parameters.get("validityMonths"));
		Map<RiskLevel, Map<AssetClass, Integer>> allocation = new EnumMap<>(RiskLevel.class);
		for (RiskLevel level : RiskLevel.values()) {
			Map<AssetClass, Integer> row = new EnumMap<>(AssetClass.class);
			for (AssetClass assetClass : AssetClass.values()) {
				Integer percent = number(parameters.get(level + "." + assetClass));
				if (percent != null) {
					row.put(assetClass, percent);
				}
			}
			allocation.put(level, row);
		}
		try {
			this.settings.update(user, version, (months != null) ? months : -1, allocation);
			redirect.addFlashAttribute("flashSuccess", "risk.settings.saved");
			return "redirect:/risk/settings";
		}
		catch (ClientRuleException ex) {
			Map<String, FieldProblem> problems = new LinkedHashMap<>();
			ex.problems().forEach((problem) -> problems.putIfAbsent(problem.field(), problem));
			return page(parameters.get("validityMonths"), parameters, version, problems, model);
		}
	}

	private String page(String months, Map<String, String> values, long version, Map<String, FieldProblem> problems,
			Model model) {
		model.addAttribute("validityMonths", months);
		model.addAttribute("values", values);
		model.addAttribute("version", version);
		model.addAttribute("problems", problems);
		model.addAttribute("levels", RiskLevel.values());
		model.addAttribute("assetClasses", AssetClass.values());
		return "risk/settings";
	}

	private static Integer number(String text) {
		if (text == null || !text.strip().matches("-?[0-9]{1,4}")) {
			return null;
		}
		return Integer.valueOf(text.strip());
	}

}
