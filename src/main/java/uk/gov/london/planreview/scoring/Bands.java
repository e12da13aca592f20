package uk.gov.london.planreview.scoring;

import java.util.Collection;

/**
 * How a plan's score is placed among London's — the top quarter, the middle half or the
 * bottom quarter — rather than ranked, since many plans lie within a few points of each
 * other. One rule, stated in the review's method appendix and checkable from scores.csv:
 * the top quarter is at or above the upper quartile, the bottom quarter at or below the
 * lower quartile (Excel's QUARTILE.INC, rounded as the scores are). A plan level with the
 * median is never in the top or bottom quarter: where most plans share one score (full
 * mandatory coverage, say), that score is the middle, not a quarter. Shared by the
 * documents, scores.csv and linking up, so that "strong in a theme" means the same in
 * all.
 */
public final class Bands {

	private Bands() {
	}

	/**
	 * {@code top} (at or above the upper quartile, and above the median), {@code bottom}
	 * (at or below the lower quartile, and below the median) or {@code middle}; always
	 * {@code middle} among fewer than four plans.
	 */
	public static String of(double value, double lower, double median, double upper, int count) {
		if (count < 4) {
			return "middle";
		}
		return value >= upper && value > median ? "top" : value <= lower && value < median ? "bottom" : "middle";
	}

	/** A band as scores.csv and the scorecard name it: "top quarter". */
	public static String words(String band) {
		return switch (band) {
			case "top" -> "top quarter";
			case "bottom" -> "bottom quarter";
			default -> "middle half";
		};
	}

	/**
	 * The band of a score among London's scores, by their quartiles rounded to one
	 * decimal place as scores.csv shows them.
	 */
	public static String ofScore(double score, Collection<Double> scores) {
		return of(score, Quantiles.at(scores, 0.25, 1), Quantiles.at(scores, 0.5, 1), Quantiles.at(scores, 0.75, 1),
				scores.size());
	}

}
