package uk.gov.london.planreview.goodpractice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code planreview.good-practice} in application.yml: when two actions count as the same
 * idea, what a new idea is, and when a plan's theme counts as weak for linking up.
 *
 * @param similarWording how alike two actions' wording must be (0–1: the cosine of their
 * words weighted by rarity) to count as doing the same thing
 * @param newIdeaMaxPlans a sound local action that at most this many plans have (its own
 * included) and that no listed category describes is a new idea for a reviewer to name
 * @param weakThemeMargin points of completeness below London's median at which a plan's
 * theme is weak
 * @param offersPerArea at most this many offers for each weak area, each from a different
 * partnership
 */
@ConfigurationProperties("planreview.good-practice")
public record GoodPracticeSettings(double similarWording, int newIdeaMaxPlans, double weakThemeMargin,
		int offersPerArea) {

	/** The settings the project ships with, for tests that run without Spring. */
	public static GoodPracticeSettings defaults() {
		return new GoodPracticeSettings(0.35, 2, 15, 2);
	}

}
