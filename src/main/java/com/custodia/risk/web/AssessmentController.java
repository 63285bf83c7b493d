package com.custodia.risk.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.risk.Assessments;
import com.custodia.risk.Questionnaire;
import com.custodia.risk.Suitability;
import com.custodia.security.CurrentUser;
import com.custodia.web.FieldProblem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Running an assessment with a client: every question on one page; "Show result" scores the answers and shows the
 * level and why; "Confirm" stores it. Answers travel as one parameter per question ({@code Q1=A}, a multiple-choice
 * question once per ticked option), so the page works without script.
 */
@Controller
@RequestMapping("/clients/{id}/assessments/new")
@PreAuthorize("hasAuthority('ASSESSMENT_RUN')")
class AssessmentController {

	private final ClientService clients;

	private final Assessments assessments;

	AssessmentController(ClientService clients, Assessments assessments) {
		this.clients = clients;
		this.assessments = assessments;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Questionnaire questionnaire;
		try {
			questionnaire = this.assessments.questionnaireFor(user, id);
		}
		catch (ClientRuleException ex) {
			model.addAttribute("blocked", ex.problems().get(0).messageKey());
			return page(user, id, null, Map.of(), model);
		}
		return page(user, id, questionnaire, Map.of(), model);
	}

	@PostMapping
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long questionnaireId,
			@RequestParam(defaultValue = "preview") String action, @RequestParam(required = false) String previewed,
			@RequestParam MultiValueMap<String, String> parameters, Model model, RedirectAttributes redirect) {
		Questionnaire questionnaire;
		try {
			questionnaire = this.assessments.questionnaireFor(user, id);
		}
		catch (ClientRuleException ex) {
			model.addAttribute("blocked", ex.problems().get(0).messageKey());
			return page(user, id, null, Map.of(), model);
		}
		Map<String, Set<String>> answers = new LinkedHashMap<>();
		questionnaire.content().questions().forEach((question) -> {
			Set<String> chosen = new LinkedHashSet<>(parameters.getOrDefault(question.code(), List.of()));
			if (!chosen.isEmpty()) {
				answers.put(question.code(), chosen);
			}
		});
		try {
			// Confirm only what was shown: answers changed after "Show result" are scored and shown again first.
			if ("confirm".equals(action) && answers.toString().equals(previewed)) {
				long assessmentId = this.assessments.confirm(user, id, questionnaireId, answers);
				redirect.addFlashAttribute("flashSuccess", "risk.assessment.confirmed");
				return "redirect:/risk/assessments/" + assessmentId;
			}
			Assessments.Preview preview = this.assessments.preview(user, id, questionnaireId, answers);
			model.addAttribute("preview", preview);
			model.addAttribute("previewed", answers.toString());
			model.addAttribute("changedSincePreview", "confirm".equals(action));
			model.addAttribute("highest", Suitability.highestFor(preview.outcome().level()));
		}
		catch (ClientRuleException ex) {
			Map<String, String> unanswered = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				if (problem.field().startsWith("answers[")) {
					unanswered.put(problem.field().substring(8, problem.field().length() - 1), problem.messageKey());
				}
				else {
					model.addAttribute("blocked", problem.messageKey());
				}
			}
			model.addAttribute("unanswered", unanswered);
		}
		return page(user, id, questionnaire, answers, model);
	}

	private String page(CurrentUser user, long id, Questionnaire questionnaire, Map<String, Set<String>> answers,
			Model model) {
		model.addAttribute("client", this.clients.get(user, id));
		model.addAttribute("tab", "risk");
		model.addAttribute("today", this.clients.today());
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("answers", answers);
		if (!model.containsAttribute("unanswered")) {
			model.addAttribute("unanswered", Map.of());
		}
		return "risk/assess";
	}

}
