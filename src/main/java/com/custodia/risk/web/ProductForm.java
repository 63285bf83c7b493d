package com.custodia.risk.web;

import java.math.BigDecimal;

import com.custodia.risk.Product;
import com.custodia.risk.ProductRisk;
import com.custodia.risk.ProductType;

/** The product form. */
public class ProductForm {

	private String name;

	private ProductType type;

	private String issuer;

	private ProductRisk rating;

	private BigDecimal minimumInvestment;

	private boolean professionalOnly;

	private long version;

	static ProductForm of(Product product) {
		ProductForm form = new ProductForm();
		form.name = product.name();
		form.type = product.type();
		form.issuer = product.issuer();
		form.rating = product.rating();
		form.minimumInvestment = product.minimumInvestment().stripTrailingZeros();
		if (form.minimumInvestment.scale() < 0) {
			form.minimumInvestment = form.minimumInvestment.setScale(0);
		}
		form.professionalOnly = product.professionalOnly();
		form.version = product.version();
		return form;
	}

	Product.Details toDetails() {
		return new Product.Details(this.name, this.type, this.issuer, this.rating, this.minimumInvestment,
				this.professionalOnly);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ProductType getType() {
		return this.type;
	}

	public void setType(ProductType type) {
		this.type = type;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public ProductRisk getRating() {
		return this.rating;
	}

	public void setRating(ProductRisk rating) {
		this.rating = rating;
	}

	public BigDecimal getMinimumInvestment() {
		return this.minimumInvestment;
	}

	public void setMinimumInvestment(BigDecimal minimumInvestment) {
		this.minimumInvestment = minimumInvestment;
	}

	public boolean isProfessionalOnly() {
		return this.professionalOnly;
	}

	public void setProfessionalOnly(boolean professionalOnly) {
		this.professionalOnly = professionalOnly;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
