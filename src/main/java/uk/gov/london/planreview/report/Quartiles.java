package uk.gov.london.planreview.report;

import java.util.Collection;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.scoring.Bands;
import uk.gov.london.planreview.scoring.Quantiles;

/**
 * The lower quartile, median and upper quartile of a set of scores ({@link Quantiles}),
 * rounded as the CSV files round: scores to one decimal place, shares to two.
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
		int decimals = share ? 2 : 1;
		return new Quartiles(Quantiles.at(values, 0.25, decimals), Quantiles.at(values, 0.5, decimals),
				Quantiles.at(values, 0.75, decimals), values.size(), share);
	}

	/** Where a value stands among the values: its band ({@link Bands}). */
	public String band(double value) {
		return Bands.of(value, this.lower, this.median, this.upper, this.count);
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
