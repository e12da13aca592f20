package uk.gov.london.planreview.export;

import java.util.Locale;

/** Scores as the CSV files and documents write them: one decimal place; shares to two. */
public final class Scores {

	private Scores() {
	}

	public static String format(double score) {
		return String.format(Locale.ROOT, "%.1f", score);
	}

	/**
	 * A change in score: "4.2" up, "-1.0" down (which the CSV files neutralise as
	 * "'-1.0", like every cell that starts with a minus sign), "0.0" unchanged.
	 */
	public static String formatChange(double change) {
		double rounded = Math.round(change * 10) / 10.0;
		return format(rounded == 0 ? 0 : rounded);
	}

	public static String formatShare(double share) {
		return String.format(Locale.ROOT, "%.2f", share);
	}

}
