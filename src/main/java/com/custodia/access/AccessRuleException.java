package com.custodia.access;

/**
 * A change the access rules refuse, such as removing the last admin; carries the message key the page shows.
 */
public class AccessRuleException extends RuntimeException {

	private final String messageKey;

	public AccessRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
