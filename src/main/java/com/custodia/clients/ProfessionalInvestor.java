package com.custodia.clients;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Professional-investor status under the investor suitability rules (证券期货投资者适当性管理办法, art. 8).
 * Individuals: financial assets of at least CNY 5 million, or an average annual income of at least CNY 500,000 over
 * the last 3 years; and at least 2 years of investment experience. Institutions: net assets of at least CNY 20 million
 * and financial assets of at least CNY 10 million at the end of the last year, and at least 2 years of investment
 * experience.
 */
public final class ProfessionalInvestor {

	static final BigDecimal INDIVIDUAL_ASSETS = new BigDecimal("5000000");

	static final BigDecimal INDIVIDUAL_INCOME = new BigDecimal("500000");

	static final BigDecimal INSTITUTION_NET_ASSETS = new BigDecimal("20000000");

	static final BigDecimal INSTITUTION_FINANCIAL_ASSETS = new BigDecimal("10000000");

	static final int YEARS_OF_EXPERIENCE = 2;

	private ProfessionalInvestor() {
	}

	/** On what grounds a client qualifies; the message key names it. */
	public enum Basis implements com.custodia.web.Labelled {

		INDIVIDUAL_FINANCIAL_ASSETS, INDIVIDUAL_AVERAGE_INCOME, INSTITUTION_ASSETS;

		public boolean isIndividual() {
			return this != INSTITUTION_ASSETS;
		}

		@Override
		public String messageKey() {
			return "client.professional.basis." + name();
		}

	}

	/** The basis on which an individual qualifies, or empty if they do not. */
	public static Optional<Basis> individual(BigDecimal financialAssets, BigDecimal averageAnnualIncomeOverThreeYears,
			Integer yearsOfExperience) {
		if (yearsOfExperience == null || yearsOfExperience < YEARS_OF_EXPERIENCE) {
			return Optional.empty();
		}
		if (atLeast(financialAssets, INDIVIDUAL_ASSETS)) {
			return Optional.of(Basis.INDIVIDUAL_FINANCIAL_ASSETS);
		}
		if (atLeast(averageAnnualIncomeOverThreeYears, INDIVIDUAL_INCOME)) {
			return Optional.of(Basis.INDIVIDUAL_AVERAGE_INCOME);
		}
		return Optional.empty();
	}

	/** The basis on which an institution qualifies, or empty if it does not. */
	public static Optional<Basis> institution(BigDecimal netAssets, BigDecimal financialAssets, Integer yearsOfExperience) {
		if (yearsOfExperience != null && yearsOfExperience >= YEARS_OF_EXPERIENCE
				&& atLeast(netAssets, INSTITUTION_NET_ASSETS) && atLeast(financialAssets, INSTITUTION_FINANCIAL_ASSETS)) {
			return Optional.of(Basis.INSTITUTION_ASSETS);
		}
		return Optional.empty();
	}

	/** Whether the figures support the basis a user claims (a client may meet more than one). */
	public static boolean supports(Basis basis, BigDecimal financialAssets, BigDecimal averageAnnualIncome,
			BigDecimal netAssets, Integer yearsOfExperience) {
		boolean experienced = yearsOfExperience != null && yearsOfExperience >= YEARS_OF_EXPERIENCE;
		return experienced && switch (basis) {
			case INDIVIDUAL_FINANCIAL_ASSETS -> atLeast(financialAssets, INDIVIDUAL_ASSETS);
			case INDIVIDUAL_AVERAGE_INCOME -> atLeast(averageAnnualIncome, INDIVIDUAL_INCOME);
			case INSTITUTION_ASSETS -> atLeast(netAssets, INSTITUTION_NET_ASSETS)
					&& atLeast(financialAssets, INSTITUTION_FINANCIAL_ASSETS);
		};
	}

	private static boolean atLeast(BigDecimal value, BigDecimal threshold) {
		return value != null && value.compareTo(threshold) >= 0;
	}

}
