package uk.gov.london.planreview.review;

/**
 * Named points a run passes: the start of each step, and each move while publishing. The
 * application passes them by; tests that stop a run at each point in turn (to prove that
 * the run, started again, publishes what an uninterrupted run publishes) put their own
 * bean in its place.
 */
@FunctionalInterface
interface Checkpoints {

	/** Passes every point by. */
	Checkpoints NONE = point -> {
	};

	void reached(String point);

}
