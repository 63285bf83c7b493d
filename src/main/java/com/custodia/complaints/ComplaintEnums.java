package com.custodia.complaints;

import com.custodia.web.Labelled;

/** The closed lists a complaint is described with; each is named in both languages by its message key. */
public final class ComplaintEnums {

	private ComplaintEnums() {
	}

	/** How the complaint reached the firm; regulator referrals include the 12378 and 12386 hotlines. */
	public enum Channel implements Labelled {

		PHONE, EMAIL, LETTER, IN_PERSON, ONLINE, REGULATOR_REFERRAL;

		@Override
		public String messageKey() {
			return "complaint.channel." + name();
		}

	}

	public enum Category implements Labelled {

		SERVICE_ATTITUDE, PRODUCT_MISSELLING, FEES, ACCOUNT_OR_PROPERTY_ERROR, INFORMATION_DISCLOSURE, PRIVACY, OTHER;

		@Override
		public String messageKey() {
			return "complaint.category." + name();
		}

	}

	public enum Severity implements Labelled {

		LOW, MEDIUM, HIGH;

		@Override
		public String messageKey() {
			return "complaint.severity." + name();
		}

	}

	/** What the investigation found. */
	public enum Finding implements Labelled {

		UPHELD, PARTLY_UPHELD, NOT_UPHELD;

		@Override
		public String messageKey() {
			return "complaint.finding." + name();
		}

	}

	public enum Satisfaction implements Labelled {

		SATISFIED, NEUTRAL, DISSATISFIED;

		@Override
		public String messageKey() {
			return "complaint.satisfaction." + name();
		}

	}

}
