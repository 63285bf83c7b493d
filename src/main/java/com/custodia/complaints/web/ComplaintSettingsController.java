package com.custodia.complaints.web;

import java.math.BigDecimal;

import com.custodia.clients.ClientRuleException;
import com.custodia.complaints.ComplaintSettings;
import com.custodia.security.CurrentUser;
import com.custodia.web.FormBinding;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's complaint settings: the acknowledgement days, calendar or business days, the compensation threshold. */
@Controller
@RequestMapping("/admin/complaint-settings")
@PreAuthorize("hasAuthority('SETTINGS_ADMIN')")
class ComplaintSettingsController {

	/** The form, as typed. */
	public static class Form {

		private Integer acknowledgeBusinessDays;

		private boolean countBusinessDays;

		private BigDecimal compensationThreshold;

		public Integer getAcknowledgeBusinessDays() {
			return this.acknowledgeBusinessDays;
		}

		public void setAcknowledgeBusinessDays(Integer acknowledgeBusinessDays) {
			this.acknowledgeBusinessDays = acknowledgeBusinessDays;
		}

		public boolean isCountBusinessDays() {
			return this.countBusinessDays;
		}

		public void setCountBusinessDays(boolean countBusinessDays) {
			this.countBusinessDays = countBusinessDays;
		}

		public BigDecimal getCompensationThreshold() {
			return this.compensationThreshold;
		}

		public void setCompensationThreshold(BigDecimal compensationThreshold) {
			this.compensationThreshold = compensationThreshold;
		}

	}

	private final ComplaintSettings settings;

	ComplaintSettingsController(ComplaintSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	String page(Model model) {
		ComplaintSettings.Settings current = this.settings.current();
		Form form = new Form();
		form.setAcknowledgeBusinessDays(current.acknowledgeBusinessDays());
		form.setCountBusinessDays(current.countBusinessDays());
		form.setCompensationThreshold(current.compensationThreshold());
		model.addAttribute("form", form);
		return "complaints/settings";
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") Form form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.settings.save(user, form.getAcknowledgeBusinessDays(), form.isCountBusinessDays(),
						form.getCompensationThreshold());
				redirect.addFlashAttribute("flashSuccess", "complaint.settings.saved");
				return "redirect:/admin/complaint-settings";
			}
			catch (ClientRuleException ex) {
				FormBinding.reject(result, ex.problems());
			}
		}
		return "complaints/settings";
	}

}
