package uk.gov.london.planreview.scoring;

import java.util.Collection;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code planreview.bands} in application.yml: how a plan's score is placed among
 * London's — the top quarter, the middle half or the bottom quarter — rather than ranked,
 * since many plans lie within a few points of each other. Shared by the documents and by
 * linking up, so that "strong in a theme" means the same in both.
 *
 * @param margin a score within this many points of London's median is in the middle half
 * whatever the quartiles say (for a share from 0 to 1, points of a percentage)
 */
@ConfigurationProperties("planreview.bands")
public record Bands(double margin) {

	/**
	 * {@code top} (at or above the upper quartile, and at least the margin above the
	 * median), {@code bottom} (at or below the lower quartile, and at least the margin
	 * below the median) or {@code middle}; always {@code middle} among fewer than four
	 * plans.
	 * @param share whether the values are shares from 0 to 1
	 */
	public String of(double value, double lower, double median, double upper, int count, boolean share) {
		if (count < 4) {
			return "middle";
		}
		double points = share ? this.margin / 100 : this.margin;
		return value >= upper && value - median >= points - 1e-9 ? "top"
				: value <= lower && median - value >= points - 1e-9 ? "bottom" : "middle";
	}

	/**
	 * The band of a value among the values (quartiles as Excel's QUARTILE.INC,
	 * unrounded).
	 */
	public String of(double value, Collection<Double> values) {
		return of(value, Quantiles.at(values, 0.25), Quantiles.median(values), Quantiles.at(values, 0.75),
				values.size(), false);
	}

}
