package com.custodia.complaints;

import java.math.BigDecimal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The firm's complaint settings: acknowledgement days, calendar or business days, the compensation threshold. */
@Service
@Transactional(readOnly = true)
public class ComplaintSettings {

	/** The settings as they stand. */
	public record Settings(int acknowledgeBusinessDays, boolean countBusinessDays, BigDecimal compensationThreshold) {
	}

	private final JdbcClient jdbc;

	ComplaintSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Settings current() {
		return this.jdbc.sql("select acknowledge_business_days, count_business_days, compensation_threshold "
				+ "from complaints_setting where id = 1")
			.query((rs, row) -> new Settings(rs.getInt(1), rs.getBoolean(2), rs.getBigDecimal(3)))
			.single();
	}

}
