package com.custodia.web;

/**
 * A form was based on an older version of a record that someone else has changed since; answers 409 with a
 * "changed by someone else, reload" page, and nothing is overwritten.
 */
public class StaleRecordException extends RuntimeException {

	public StaleRecordException(String what, Object id) {
		super(what + " " + id + " was changed by someone else");
	}

	/** Throws when the version the form was based on is not the record's current version. */
	public static void check(String what, Object id, long expectedVersion, long currentVersion) {
		if (expectedVersion != currentVersion) {
			throw new StaleRecordException(what, id);
		}
	}

}
