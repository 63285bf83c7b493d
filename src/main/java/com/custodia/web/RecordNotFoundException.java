package com.custodia.web;

/**
 * A record that does not exist, or that lies outside the user's data scope: both answer 404, so that a user cannot
 * learn which records exist outside their book.
 */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
