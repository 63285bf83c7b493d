package com.custodia.clients.documents;

/** What a client document is. */
public enum DocumentCategory implements com.custodia.web.Labelled {

	CONTRACT, AGREEMENT, ID_SCAN, OTHER;

	@Override
	public String messageKey() {
		return "client.document.category." + name();
	}

}
