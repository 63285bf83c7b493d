package com.custodia.support;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** For counts the database keeps by triggers: the kept rows are exactly a recount from the records they count. */
public final class KeptCounts {

	private KeptCounts() {
	}

	/**
	 * @param recount a select of the keys and their count, from the records
	 * @param kept the same columns from the kept table, leaving out rows whose count has fallen to zero
	 */
	public static void assertEqualToRecount(JdbcTemplate jdbc, String recount, String kept) {
		assertThat(jdbc.queryForObject("select count(*) from (" + recount + " except " + kept + ") missing", Long.class))
			.as("counted in the records but not kept").isZero();
		assertThat(jdbc.queryForObject("select count(*) from (" + kept + " except " + recount + ") extra", Long.class))
			.as("kept but not counted in the records").isZero();
	}

}
