package uk.gov.london.planreview.document;

/**
 * A document template that cannot be used as written: its mistake stops every document
 * made from it, so it stops the run, with the template's line.
 */
public class TemplateMistake extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	TemplateMistake(String message, Throwable cause) {
		super(message, cause);
	}

}
