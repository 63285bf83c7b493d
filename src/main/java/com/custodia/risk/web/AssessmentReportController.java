package com.custodia.risk.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.custodia.clients.ClientRuleException;
import com.custodia.clients.ClientService;
import com.custodia.clients.ClientView;
import com.custodia.risk.Assessment;
import com.custodia.risk.Assessments;
import com.custodia.risk.Questionnaires;
import com.custodia.security.CurrentUser;
import com.custodia.web.DisplayZone;
import com.custodia.web.FormBinding;
import com.custodia.web.PdfDocuments;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An assessment's report: the page, its PDF, and the interview form while one is awaited. */
@Controller
@RequestMapping("/risk/assessments")
@PreAuthorize("hasAuthority('CLIENT_READ')")
class AssessmentReportController {

	private final Assessments assessments;

	private final Questionnaires questionnaires;

	private final ClientService clients;

	private final PdfDocuments pdf;

	private final DisplayZone zone;

	private final Clock clock;

	AssessmentReportController(Assessments assessments, Questionnaires questionnaires, ClientService clients,
			PdfDocuments pdf, DisplayZone zone, Clock clock) {
		this.assessments = assessments;
		this.questionnaires = questionnaires;
		this.clients = clients;
		this.pdf = pdf;
		this.zone = zone;
		this.clock = clock;
	}

	@GetMapping("/{id:[0-9]+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		InterviewForm form = new InterviewForm();
		form.setHeldOn(this.clients.today());
		form.setInterviewer(user.displayName());
		model.addAttribute("interview", form);
		return page(user, id, model);
	}

	@GetMapping("/{id:[0-9]+}.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
		Map<String, Object> variables = new HashMap<>(report(user, id));
		variables.put("zone", this.zone);
		variables.put("printedAt", this.clock.instant());
		variables.put("printedBy", user.displayName());
		byte[] document = this.pdf.render("risk/assessment-pdf", variables, locale);
		ClientView client = (ClientView) variables.get("client");
		this.assessments.recordPrinted(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("risk-assessment-" + client.code() + "-" + id + ".pdf").build().toString())
			.body(document);
	}

	/** The interview form posts here; reloading or switching language afterwards shows the report again. */
	@GetMapping("/{id:[0-9]+}/interview")
	String interviewPage(@PathVariable long id) {
		return "redirect:/risk/assessments/" + id;
	}

	@PostMapping("/{id:[0-9]+}/interview")
	@PreAuthorize("hasAuthority('ASSESSMENT_INTERVIEW')")
	String interview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("interview") InterviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.assessments.recordInterview(user, id, form.toInterview());
				redirect.addFlashAttribute("flashSuccess", "risk.interview.recorded");
				return "redirect:/risk/assessments/" + id;
			}
			catch (ClientRuleException ex) {
				FormBinding.reject(result, ex.problems());
			}
		}
		return page(user, id, model);
	}

	private String page(CurrentUser user, long id, Model model) {
		model.addAllAttributes(report(user, id));
		return "risk/assessment";
	}

	private Map<String, Object> report(CurrentUser user, long id) {
		Assessment assessment = this.assessments.get(user, id);
		Map<String, Object> report = new HashMap<>();
		report.put("a", assessment);
		report.put("q", this.questionnaires.get(assessment.questionnaireId()));
		report.put("client", this.clients.get(user, assessment.clientId()));
		report.put("shown", assessment.statusOn(this.clients.today(), this.assessments.isSuperseded(assessment)));
		return report;
	}

}
