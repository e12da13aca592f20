package uk.gov.london.planreview.report;

import java.util.Collection;

import uk.gov.london.planreview.export.Scores;

/**
 * The lower quartile, median and upper quartile of a set of scores, by linear interpolation between
 * ranked values: the method of Excel's QUARTILE.INC and MEDIAN, so a reader can check any figure from
 * scores.csv. Rounded as the CSV files round: scores to one decimal place, shares to two.
 *
 * @param share whether these are shares (0–1, two decimal places) rather than scores
 */
public record Quartiles(double lower, double median, double upper, int count, boolean share) {

	/** Of scores out of 100. */
	public static Quartiles of(Collection<Double> values) {
		return of(values, false);
	}

	/** Of shares from 0 to 1. */
	public static Quartiles ofShares(Collection<Double> values) {
		return of(values, true);
	}

	private static Quartiles of(Collection<Double> values, boolean share) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		if (sorted.length == 0) {
			return new Quartiles(0, 0, 0, 0, share);
		}
		double scale = share ? 100 : 10;
		return new Quartiles(at(sorted, 0.25, scale), at(sorted, 0.5, scale), at(sorted, 0.75, scale), sorted.length, share);
	}

	private static double at(double[] sorted, double p, double scale) {
		double position = p * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = (int) Math.ceil(position);
		double value = sorted[below] + (position - below) * (sorted[above] - sorted[below]);
		return Math.round(value * scale) / scale;
	}

	public String lowerText() {
		return text(this.lower);
	}

	public String medianText() {
		return text(this.median);
	}

	public String upperText() {
		return text(this.upper);
	}

	private String text(double value) {
		return this.share ? Scores.formatShare(value) : Scores.format(value);
	}

}
