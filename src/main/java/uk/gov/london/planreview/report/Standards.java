package uk.gov.london.planreview.report;

/**
 * The words the review uses for the overall standard of the plans, from the median plan's
 * completeness. Printed in the method appendix, so a reader knows what "good" means.
 */
public final class Standards {

	/** A median completeness at or above this is "good". */
	public static final double GOOD = 75;

	/** At or above this (and below {@link #GOOD}) is "mixed"; below it, "weak". */
	public static final double MIXED = 50;

	private Standards() {
	}

	public static String of(double medianCompleteness) {
		return medianCompleteness >= GOOD ? "good" : medianCompleteness >= MIXED ? "mixed" : "weak";
	}

}
