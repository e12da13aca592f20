package uk.gov.london.planreview.review;

/**
 * A review that cannot go on for a reason the person running it can put right: its
 * message is the whole of what they are told.
 */
class ReviewStopped extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ReviewStopped(String message) {
		super(message);
	}

}
