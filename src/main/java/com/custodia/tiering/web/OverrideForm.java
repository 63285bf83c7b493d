package com.custodia.tiering.web;

import java.time.LocalDate;

import com.custodia.clients.Tier;

import org.springframework.format.annotation.DateTimeFormat;

/** An RM's proposal of a tier for a client: the tier, why, and until when. */
public class OverrideForm {

	private Tier tier;

	private String reason;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	public Tier getTier() {
		return this.tier;
	}

	public void setTier(Tier tier) {
		this.tier = tier;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

}
