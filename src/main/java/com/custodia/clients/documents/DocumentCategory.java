package com.custodia.clients.documents;

/** What a client document is. */
public enum DocumentCategory {

	CONTRACT, AGREEMENT, ID_SCAN, OTHER;

	public String messageKey() {
		return "client.document.category." + name();
	}

}
