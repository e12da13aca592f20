package uk.gov.london.planreview.ingest;

/**
 * A file that cannot be read as a plan at all; the message is a plain-English reason for
 * findings.csv.
 */
class UnreadableWorkbookException extends Exception {

	private static final long serialVersionUID = 1L;

	UnreadableWorkbookException(String message) {
		super(message);
	}

	UnreadableWorkbookException(String message, Throwable cause) {
		super(message, cause);
	}

}
