package com.custodia.risk.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.custodia.clients.ClientKind;
import com.custodia.clients.ClientRuleException;
import com.custodia.clients.RiskLevel;
import com.custodia.risk.Questionnaire;
import com.custodia.risk.QuestionnaireContent;
import com.custodia.risk.Questionnaires;
import com.custodia.security.CurrentUser;
import com.custodia.web.FieldProblem;
import com.custodia.web.FormBinding;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The questionnaire designer. Every button on the draft's page saves the whole draft (after adding, removing or moving
 * what it says), so nothing typed is lost between steps; "Publish" saves, checks and freezes it.
 */
@Controller
@RequestMapping("/risk/questionnaires")
@PreAuthorize("hasAuthority('QUESTIONNAIRE_ADMIN')")
class QuestionnaireController {

	private final Questionnaires questionnaires;

	QuestionnaireController(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@GetMapping
	String list(Model model) {
		Map<ClientKind, List<Questionnaire>> byKind = this.questionnaires.all().stream()
			.collect(Collectors.groupingBy(Questionnaire::kind, () -> new EnumMap<>(ClientKind.class),
					Collectors.toList()));
		model.addAttribute("byKind", byKind);
		model.addAttribute("kinds", ClientKind.values());
		return "risk/questionnaires";
	}

	@PostMapping("/drafts")
	String draft(@AuthenticationPrincipal CurrentUser user, @RequestParam ClientKind kind) {
		return "redirect:/risk/questionnaires/" + this.questionnaires.draft(user, kind) + "/edit";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("questionnaire", this.questionnaires.get(id));
		return "risk/questionnaire";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Questionnaire questionnaire = this.questionnaires.get(id);
		if (!questionnaire.isDraft()) {
			return "redirect:/risk/questionnaires/" + id;
		}
		model.addAttribute("form", QuestionnaireForm.of(questionnaire.content(), questionnaire.version()));
		return page(questionnaire, model);
	}

	@PostMapping("/{id}/edit")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") QuestionnaireForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		String anchor = action.equals("save") || action.equals("publish") ? "" : form.apply(action);
		List<FieldProblem> problems = new ArrayList<>();
		QuestionnaireContent content = form.toContent(problems);
		boolean savedNotPublished = false;
		if (problems.isEmpty() && !result.hasErrors()) {
			long saved;
			try {
				saved = this.questionnaires.save(user, id, form.getVersion(), content);
			}
			catch (ClientRuleException ex) {
				saved = -1;
				problems.addAll(ex.problems());
			}
			if (saved >= 0 && !action.equals("publish")) {
				redirect.addFlashAttribute("flashSuccess", "risk.questionnaire.saved");
				return "redirect:/risk/questionnaires/" + id + "/edit" + (anchor.isEmpty() ? "" : "#" + anchor);
			}
			if (saved >= 0) {
				// Publishes exactly what this form saved; a publish that fails its checks leaves the draft saved.
				try {
					this.questionnaires.publish(user, id, saved);
					redirect.addFlashAttribute("flashSuccess", "risk.questionnaire.published");
					return "redirect:/risk/questionnaires/" + id;
				}
				catch (ClientRuleException ex) {
					problems.addAll(ex.problems());
					savedNotPublished = true;
					form.setVersion(saved);
				}
			}
		}
		FormBinding.reject(result, problems);
		model.addAttribute("savedNotPublished", savedNotPublished);
		return page(this.questionnaires.get(id), model);
	}

	/** A list index in a field name that is no number ({@code questions[x].textEn}): a request no page sends. */
	@ExceptionHandler({ NumberFormatException.class, InvalidPropertyException.class })
	void malformed(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	@PostMapping("/{id}/discard")
	String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.questionnaires.discard(user, id);
		redirect.addFlashAttribute("flashSuccess", "risk.questionnaire.discarded");
		return "redirect:/risk/questionnaires";
	}

	private String page(Questionnaire questionnaire, Model model) {
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("levels", RiskLevel.values());
		return "risk/designer";
	}

}
