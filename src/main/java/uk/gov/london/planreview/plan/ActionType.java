package uk.gov.london.planreview.plan;

import java.util.Locale;

/**
 * Where an action comes from: the template's mandatory list, its optional menu, or the
 * CSP itself.
 */
public enum ActionType {

	MANDATORY, OPTIONAL, DEVELOPING, LOCAL;

	public String csv() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ActionType fromCsv(String value) {
		return valueOf(value.trim().toUpperCase(Locale.ROOT));
	}

}
