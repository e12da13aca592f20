package uk.gov.london.planreview.plan;

import java.util.Locale;

/**
 * An action's progress rating as actions.csv writes it. Blue and "Complete" both mean
 * finished.
 */
public enum Rag {

	RED, AMBER, GREEN, COMPLETE, NONE;

	public String csv() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Rag fromCsv(String value) {
		return value == null || value.isBlank() ? NONE : valueOf(value.trim().toUpperCase(Locale.ROOT));
	}

	/** Rated at all (not {@link #NONE}). */
	public boolean rated() {
		return this != NONE;
	}

}
