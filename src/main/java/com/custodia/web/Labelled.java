package com.custodia.web;

/**
 * A value the pages name in the user's language: its label is the message {@link #messageKey()}. Enums shown in forms,
 * filters, exports and import files implement it, so shared code (the enum select fragment, the import's label
 * lookup, the message-file test) needs no reflection.
 */
public interface Labelled {

	String messageKey();

}
