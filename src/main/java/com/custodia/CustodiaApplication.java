package com.custodia;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Custodia: clients and the property a wealth-management firm holds for them, safe and traceable. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CustodiaApplication {

	public static void main(String[] args) {
		SpringApplication.run(CustodiaApplication.class, args);
	}

	/** The one clock every module reads time from, so tests can fix it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
