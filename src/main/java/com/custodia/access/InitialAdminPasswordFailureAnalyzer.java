package com.custodia.access;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in plain words why start-up stopped, instead of a stack trace. */
class InitialAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<InitialAdminPasswordException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InitialAdminPasswordException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set CUSTODIA_ADMIN_PASSWORD to a strong password and start Custodia again. "
						+ "It is read only while the database has no users.",
				cause);
	}

}
