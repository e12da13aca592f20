package uk.gov.london.planreview.cli;

/** What the user asked plan-review to do. */
public enum Command {

	/** The quarterly review (the default). */
	REVIEW,

	/** The London Councils stock-take on its own. */
	STOCKTAKE,

	/** Write the sample input. */
	SAMPLE,

	/** Start, check the settings and database, and stop. */
	CHECK,

	/** Print the options. */
	HELP

}
