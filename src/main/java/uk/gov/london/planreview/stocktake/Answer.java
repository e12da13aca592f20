package uk.gov.london.planreview.stocktake;

import java.util.Locale;

/**
 * A yes/no answer as people write it: "Y", "yes", "Yes – in development", "Partly",
 * "Incorporated in …".
 */
public enum Answer {

	YES("yes"), IN_DEVELOPMENT("in development"), INCORPORATED("incorporated in the community safety strategy"),
	PARTLY("partly"), NO("no"), NOT_ANSWERED("not answered"), UNCLEAR("unclear");

	private final String csv;

	Answer(String csv) {
		this.csv = csv;
	}

	public String csv() {
		return this.csv;
	}

	/**
	 * Whether the answer counts towards "said that they had" (a corporate approach, in
	 * any form).
	 */
	public boolean inSomeForm() {
		return this == YES || this == IN_DEVELOPMENT || this == INCORPORATED;
	}

	static Answer of(String text) {
		String key = text == null ? ""
				: text.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replaceAll("[.!]", "").trim();
		if (key.isEmpty()) {
			return NOT_ANSWERED;
		}
		if (key.contains("incorporated")) {
			return INCORPORATED;
		}
		if (key.contains("development") || key.contains("developing")) {
			return IN_DEVELOPMENT;
		}
		if (key.matches("(partly|partially|in part|to some extent)\\b.*")) {
			return PARTLY;
		}
		if (key.matches("(y|yes|yep|yes\\b.*)")) {
			return YES;
		}
		if (key.matches("(n|no|none|no\\b.*|not yet)")) {
			return NO;
		}
		return UNCLEAR;
	}

}
