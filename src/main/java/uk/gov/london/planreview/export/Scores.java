package uk.gov.london.planreview.export;

import java.util.Locale;

/** Scores as the CSV files and documents write them: one decimal place; shares to two. */
public final class Scores {

	private Scores() {
	}

	public static String format(double score) {
		return String.format(Locale.ROOT, "%.1f", score);
	}

	public static String formatShare(double share) {
		return String.format(Locale.ROOT, "%.2f", share);
	}

}
