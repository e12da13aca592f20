package uk.gov.london.planreview.scoring;

import java.util.Collection;

/**
 * Medians and quartiles of London's scores, by linear interpolation between ranked
 * values: the method of Excel's MEDIAN and QUARTILE.INC, so a reader can check any of
 * them from scores.csv.
 */
public final class Quantiles {

	private Quantiles() {
	}

	/**
	 * The value at {@code p} (0–1) of the way through the values; 0 when there are none.
	 */
	public static double at(Collection<Double> values, double p) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		if (sorted.length == 0) {
			return 0;
		}
		double position = p * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = (int) Math.ceil(position);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}

	/**
	 * The value at {@code p} of the way through the values, rounded to so many decimal
	 * places: as the CSV files and documents print it (scores to one, shares to two).
	 */
	public static double at(Collection<Double> values, double p, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(at(values, p) * scale) / scale;
	}

	public static double median(Collection<Double> values) {
		return at(values, 0.5);
	}

}
