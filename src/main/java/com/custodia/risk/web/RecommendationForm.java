package com.custodia.risk.web;

import java.math.BigDecimal;

import com.custodia.risk.Recommendations;

/** The recommendation form, with the insistence part that a mismatch needs. */
public class RecommendationForm {

	private Long productId;

	private BigDecimal amount;

	private String rmNote;

	private boolean clientInsists;

	private String clientStatement;

	private String warningSeen;

	Recommendations.Request toRequest() {
		return new Recommendations.Request(this.productId, this.amount, this.rmNote, this.clientInsists,
				this.clientStatement, this.warningSeen);
	}

	public String getWarningSeen() {
		return this.warningSeen;
	}

	public void setWarningSeen(String warningSeen) {
		this.warningSeen = warningSeen;
	}

	public Long getProductId() {
		return this.productId;
	}

	public void setProductId(Long productId) {
		this.productId = productId;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getRmNote() {
		return this.rmNote;
	}

	public void setRmNote(String rmNote) {
		this.rmNote = rmNote;
	}

	public boolean isClientInsists() {
		return this.clientInsists;
	}

	public void setClientInsists(boolean clientInsists) {
		this.clientInsists = clientInsists;
	}

	public String getClientStatement() {
		return this.clientStatement;
	}

	public void setClientStatement(String clientStatement) {
		this.clientStatement = clientStatement;
	}

}
