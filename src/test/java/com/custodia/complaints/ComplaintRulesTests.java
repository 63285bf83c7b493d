package com.custodia.complaints;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadline arithmetic and the state machine, without a database. */
class ComplaintRulesTests {

	/** A Monday. */
	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Test
	void aDecisionIsDueIn15DaysOr30Or60WithExtensionsPlusAnyPause() {
		assertThat(ComplaintDeadlines.decisionDue(MONDAY, 0, 0, false)).isEqualTo(MONDAY.plusDays(15));
		assertThat(ComplaintDeadlines.decisionDue(MONDAY, 1, 0, false)).isEqualTo(MONDAY.plusDays(30));
		assertThat(ComplaintDeadlines.decisionDue(MONDAY, 2, 0, false)).isEqualTo(MONDAY.plusDays(60));
		assertThat(ComplaintDeadlines.decisionDue(MONDAY, 3, 0, false)).as("60 days at most").isEqualTo(MONDAY.plusDays(60));
		assertThat(ComplaintDeadlines.decisionDue(MONDAY, 0, 7, false)).isEqualTo(MONDAY.plusDays(22));
	}

	@Test
	void businessDaysSkipWeekendsForDeadlinesPausesAndTheAcknowledgement() {
		// 15 business days from a Monday: three weeks on, the Monday after.
		assertThat(ComplaintDeadlines.decisionDue(MONDAY, 0, 0, true)).isEqualTo(MONDAY.plusDays(21));
		LocalDate friday = MONDAY.plusDays(4);
		assertThat(ComplaintDeadlines.acknowledgementDue(friday, 1)).isEqualTo(friday.plusDays(3));
		assertThat(ComplaintDeadlines.acknowledgementDue(MONDAY, 1)).isEqualTo(MONDAY.plusDays(1));
		// Paused Friday to the next Tuesday: Friday and Monday count, the weekend does not.
		assertThat(ComplaintDeadlines.pausedDays(friday, friday.plusDays(4), true)).isEqualTo(2);
		assertThat(ComplaintDeadlines.pausedDays(friday, friday.plusDays(4), false)).isEqualTo(4);
		assertThat(ComplaintDeadlines.pausedDays(friday, friday, false)).isZero();
	}

	@Test
	void noStepIsSkipped() {
		assertThat(ComplaintState.RECEIVED.mayMoveTo(ComplaintState.CLOSED)).isFalse();
		assertThat(ComplaintState.RECEIVED.mayMoveTo(ComplaintState.INVESTIGATING)).isFalse();
		assertThat(ComplaintState.INVESTIGATING.mayMoveTo(ComplaintState.REPLIED)).as("no reply before a decision")
			.isFalse();
		assertThat(ComplaintState.DECIDED.mayMoveTo(ComplaintState.REPLIED)).isTrue();
		assertThat(ComplaintState.REPLIED.mayMoveTo(ComplaintState.REOPENED)).isTrue();
		assertThat(ComplaintState.CLOSED.mayMoveTo(ComplaintState.REOPENED)).isTrue();
		assertThat(ComplaintState.REOPENED.mayMoveTo(ComplaintState.INVESTIGATING)).isTrue();
		assertThat(ComplaintState.DECIDED.isOpen()).isTrue();
		assertThat(ComplaintState.REPLIED.isOpen()).isFalse();
	}

}
