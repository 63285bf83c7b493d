package com.custodia.clients.web;

import java.math.BigDecimal;

import com.custodia.clients.SegmentRuleStore;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's page for the individual segment thresholds. */
@Controller
@RequestMapping("/admin/segments")
@PreAuthorize("hasAuthority('SEGMENT_RULE_ADMIN')")
class SegmentRulesController {

	/** The thresholds as typed. */
	public static class SegmentRulesForm {

		private BigDecimal highNetWorthFrom;

		private BigDecimal ultraHighNetWorthFrom;

		private long version;

		public BigDecimal getHighNetWorthFrom() {
			return this.highNetWorthFrom;
		}

		public void setHighNetWorthFrom(BigDecimal highNetWorthFrom) {
			this.highNetWorthFrom = highNetWorthFrom;
		}

		public BigDecimal getUltraHighNetWorthFrom() {
			return this.ultraHighNetWorthFrom;
		}

		public void setUltraHighNetWorthFrom(BigDecimal ultraHighNetWorthFrom) {
			this.ultraHighNetWorthFrom = ultraHighNetWorthFrom;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	private final SegmentRuleStore store;

	SegmentRulesController(SegmentRuleStore store) {
		this.store = store;
	}

	@GetMapping
	String edit(Model model) {
		SegmentRuleStore.Current current = this.store.current();
		SegmentRulesForm form = new SegmentRulesForm();
		form.setHighNetWorthFrom(current.rules().highNetWorthFrom());
		form.setUltraHighNetWorthFrom(current.rules().ultraHighNetWorthFrom());
		form.setVersion(current.version());
		model.addAttribute("form", form);
		return "admin/segments";
	}

	@PostMapping
	String update(@ModelAttribute("form") SegmentRulesForm form, BindingResult result, RedirectAttributes redirect) {
		check(result, "highNetWorthFrom", form.getHighNetWorthFrom());
		check(result, "ultraHighNetWorthFrom", form.getUltraHighNetWorthFrom());
		if (!result.hasErrors() && form.getUltraHighNetWorthFrom().compareTo(form.getHighNetWorthFrom()) <= 0) {
			result.rejectValue("ultraHighNetWorthFrom", "client.segmentRules.order");
		}
		if (result.hasErrors()) {
			return "admin/segments";
		}
		this.store.update(form.getHighNetWorthFrom(), form.getUltraHighNetWorthFrom(), form.getVersion());
		redirect.addFlashAttribute("flashSuccess", "client.segmentRules.saved");
		return "redirect:/admin/segments";
	}

	private static void check(BindingResult result, String field, BigDecimal value) {
		if (result.hasFieldErrors(field)) {
			return;
		}
		if (value == null) {
			result.rejectValue(field, "client.required");
		}
		else if (value.signum() <= 0) {
			result.rejectValue(field, "client.segmentRules.positive");
		}
		else if (value.stripTrailingZeros().scale() > 2 || value.compareTo(new BigDecimal("1E15")) >= 0) {
			result.rejectValue(field, "client.amount.scale");
		}
	}

}
