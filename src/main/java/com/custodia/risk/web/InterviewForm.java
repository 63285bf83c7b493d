package com.custodia.risk.web;

import java.time.LocalDate;

import com.custodia.risk.Assessments;

import org.springframework.format.annotation.DateTimeFormat;

/** The interview form: when it was held, who conducted it, and what was discussed. */
public class InterviewForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	private String interviewer;

	private String notes;

	Assessments.Interview toInterview() {
		return new Assessments.Interview(this.heldOn, this.interviewer, this.notes);
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getInterviewer() {
		return this.interviewer;
	}

	public void setInterviewer(String interviewer) {
		this.interviewer = interviewer;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
