package uk.gov.london.planreview.ingest;

import java.util.Locale;

/** What became of a submission: reviewed, set aside for a later one, or unreadable. */
public enum SubmissionStatus {

	ACCEPTED, SUPERSEDED, REJECTED;

	public String csv() {
		return name().toLowerCase(Locale.ROOT);
	}

}
