package com.custodia.access;

/** Start-up cannot create the first admin: the password is missing or too weak. */
class InitialAdminPasswordException extends RuntimeException {

	InitialAdminPasswordException(String message) {
		super(message);
	}

}
