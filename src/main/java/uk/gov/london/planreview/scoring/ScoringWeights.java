package uk.gov.london.planreview.scoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weights in force, from {@code planreview.scoring} in application.yml. Reviewers
 * change them there; the next run uses them, and the review's method appendix prints
 * them.
 *
 * @param fields how much each thing an action should carry counts towards its
 * completeness
 * @param overall how much each score counts towards the overall score
 * @param breadth how partnership breadth is judged
 * @param filledThreshold the completeness (0–100) at which a mandatory action counts as
 * filled in rather than left as the template wrote it
 */
@ConfigurationProperties("planreview.scoring")
public record ScoringWeights(Fields fields, Overall overall, Breadth breadth, double filledThreshold) {

	/** Weights of what every action should carry (VRU 2021 explanatory notes). */
	public record Fields(double outcome, double baseline, double lead, double leadOrganisation, double startDate,
			double endDate, double progress, double rag, double commentsOrDocuments) {

		double total() {
			return this.outcome + this.baseline + this.lead + this.leadOrganisation + this.startDate + this.endDate
					+ this.progress + this.rag + this.commentsOrDocuments;
		}

	}

	/**
	 * Weights of the four scores in the overall score; sign-off does not count for a 2017
	 * plan.
	 */
	public record Overall(double completeness, double mandatoryCoverage, double partnershipBreadth, double signOff) {
	}

	/**
	 * @param targetCategories the number of partner categories owning actions that earns
	 * full marks for count
	 * @param countWeight the weight of how many categories own actions
	 * @param evennessWeight the weight of how evenly ownership is spread among them
	 */
	public record Breadth(int targetCategories, double countWeight, double evennessWeight) {
	}

	/**
	 * The weights the project ships with, for tests and for code that runs without
	 * Spring.
	 */
	public static ScoringWeights defaults() {
		return new ScoringWeights(new Fields(3, 1, 3, 2, 1, 1, 2, 2, 1), new Overall(40, 30, 20, 10),
				new Breadth(8, 70, 30), 50);
	}

}
