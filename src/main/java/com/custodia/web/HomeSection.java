package com.custodia.web;

import java.util.Map;

import com.custodia.security.CurrentUser;

/**
 * A panel a module adds to the start page (the clients module's care list, later each role's work for the day): it
 * says whether it applies to the user, what its fragment needs, and which fragment draws it.
 */
public interface HomeSection {

	boolean appliesTo(CurrentUser user);

	/** The model attributes the fragment reads. */
	Map<String, Object> model(CurrentUser user);

	/** The fragment, for example {@code "clients/care :: birthdays"}. */
	String fragment();

}
