package uk.gov.london.planreview.finding;

import java.util.Locale;

/**
 * How much a finding matters: an error lost something, a warning may have, info is for
 * the record.
 */
public enum Severity {

	ERROR, WARNING, INFO;

	public String csv() {
		return name().toLowerCase(Locale.ROOT);
	}

}
