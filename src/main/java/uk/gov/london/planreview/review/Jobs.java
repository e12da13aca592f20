package uk.gov.london.planreview.review;

/** The two jobs, and where each publishes within a quarter's folder. */
final class Jobs {

	static final String QUARTERLY_REVIEW = "quarterlyReview";

	static final String STOCKTAKE = "stocktake";

	private Jobs() {
	}

	static String part(String jobName) {
		return STOCKTAKE.equals(jobName) ? "stocktake" : "";
	}

	static String name(String part) {
		return part.isEmpty() ? QUARTERLY_REVIEW : STOCKTAKE;
	}

}
