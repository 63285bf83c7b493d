package com.custodia.tiering.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.custodia.clients.Tier;
import com.custodia.tiering.TierRule;
import com.custodia.tiering.TierRuleSet;

/** The rules page: one row per tier, the grace period, and why the admin changes them. */
public class TierRulesForm {

	private Map<Tier, Row> rules = new EnumMap<>(Tier.class);

	private Integer graceDays;

	private String reason;

	static TierRulesForm of(TierRuleSet ruleSet) {
		TierRulesForm form = new TierRulesForm();
		for (Tier tier : Tier.values()) {
			TierRule rule = ruleSet.rule(tier);
			Row row = new Row();
			if (rule != null) {
				row.setMinAssets(rule.minAssets());
				row.setMinExperienceYears(rule.minExperienceYears());
				row.setRequiresValidAssessment(rule.requiresValidAssessment());
				row.setContactMonths(rule.contactMonths());
				row.setFaceToFaceMonths(rule.faceToFaceMonths());
			}
			form.rules.put(tier, row);
		}
		form.graceDays = ruleSet.graceDays();
		return form;
	}

	/** One tier's row. */
	public static class Row {

		private BigDecimal minAssets;

		private Integer minExperienceYears;

		private boolean requiresValidAssessment;

		private Integer contactMonths;

		private Integer faceToFaceMonths;

		TierRule toRule(Tier tier) {
			return new TierRule(tier, this.minAssets, this.minExperienceYears, this.requiresValidAssessment,
					(this.contactMonths != null) ? this.contactMonths : 0, this.faceToFaceMonths);
		}

		public BigDecimal getMinAssets() {
			return this.minAssets;
		}

		public void setMinAssets(BigDecimal minAssets) {
			this.minAssets = minAssets;
		}

		public Integer getMinExperienceYears() {
			return this.minExperienceYears;
		}

		public void setMinExperienceYears(Integer minExperienceYears) {
			this.minExperienceYears = minExperienceYears;
		}

		public boolean isRequiresValidAssessment() {
			return this.requiresValidAssessment;
		}

		public void setRequiresValidAssessment(boolean requiresValidAssessment) {
			this.requiresValidAssessment = requiresValidAssessment;
		}

		public Integer getContactMonths() {
			return this.contactMonths;
		}

		public void setContactMonths(Integer contactMonths) {
			this.contactMonths = contactMonths;
		}

		public Integer getFaceToFaceMonths() {
			return this.faceToFaceMonths;
		}

		public void setFaceToFaceMonths(Integer faceToFaceMonths) {
			this.faceToFaceMonths = faceToFaceMonths;
		}

	}

	public Map<Tier, Row> getRules() {
		return this.rules;
	}

	public void setRules(Map<Tier, Row> rules) {
		this.rules = rules;
	}

	public Integer getGraceDays() {
		return this.graceDays;
	}

	public void setGraceDays(Integer graceDays) {
		this.graceDays = graceDays;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
