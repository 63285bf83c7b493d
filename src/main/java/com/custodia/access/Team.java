package com.custodia.access;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A team of relationship managers under a team lead; a client belongs to its RM's team. */
@Entity
@Table(name = "access_team")
public class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String nameEn;

	private String nameZh;

	private boolean active = true;

	@Column(updatable = false, insertable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Team() {
	}

	Team(String code, String nameEn, String nameZh) {
		this.code = code;
		rename(nameEn, nameZh);
	}

	void rename(String nameEn, String nameZh) {
		this.nameEn = nameEn;
		this.nameZh = nameZh;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	/** The name in the given language. */
	public String name(java.util.Locale locale) {
		return locale.getLanguage().equals("en") ? this.nameEn : this.nameZh;
	}

	public boolean isActive() {
		return this.active;
	}

	public long getVersion() {
		return this.version;
	}

}
