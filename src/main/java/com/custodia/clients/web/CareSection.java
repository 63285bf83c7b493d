package com.custodia.clients.web;

import java.util.Map;

import com.custodia.clients.servicelog.ServiceLog;
import com.custodia.security.CurrentUser;
import com.custodia.security.Permission;
import com.custodia.web.HomeSection;

import org.springframework.stereotype.Component;

/** The care list on the start page: birthdays in the coming week among the clients the user looks after. */
@Component
class CareSection implements HomeSection {

	static final int DAYS = 7;

	private final ServiceLog serviceLog;

	CareSection(ServiceLog serviceLog) {
		this.serviceLog = serviceLog;
	}

	@Override
	public boolean appliesTo(CurrentUser user) {
		// Those who serve clients (who may log contacts and own a book), not the firm-wide readers.
		return user.can(Permission.CLIENT_READ) && user.can(Permission.SERVICE_LOG_WRITE)
				&& !user.can(Permission.CLIENT_SCOPE_ALL);
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		return Map.of("birthdays", this.serviceLog.upcomingBirthdays(user, DAYS));
	}

	@Override
	public String fragment() {
		return "clients/care :: birthdays";
	}

}
