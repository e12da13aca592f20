package uk.gov.london.planreview.scoring;

import java.util.List;

/**
 * A plan's scores (0–100 unless said otherwise), with the evidence behind them.
 *
 * @param planId the plan identifier
 * @param authorities canonical names joined with "; "
 * @param actions how many actions the plan has
 * @param partnerCategories the partner categories that own at least one action, most
 * actions first
 * @param policeShare 0–1, the share of actions whose only lead organisation is the police
 * @param rank 1 for the highest overall score; equal scores share a rank; 0 until ranked
 * @param themes completeness theme by theme, in template order
 * @param mandatoryGaps the template's mandatory actions that are missing or not filled in
 */
public record PlanScore(String planId, String authorities, String sourceFile, String templateVersion, int actions,
		double completeness, double mandatoryCoverage, double partnershipBreadth, List<String> partnerCategories,
		double policeShare, SignOff signedOff, double overall, int rank, List<ThemeScore> themes,
		List<MandatoryGap> mandatoryGaps) {

	public PlanScore {
		partnerCategories = List.copyOf(partnerCategories);
		themes = List.copyOf(themes);
		mandatoryGaps = List.copyOf(mandatoryGaps);
	}

	public PlanScore withRank(int newRank) {
		return new PlanScore(this.planId, this.authorities, this.sourceFile, this.templateVersion, this.actions,
				this.completeness, this.mandatoryCoverage, this.partnershipBreadth, this.partnerCategories,
				this.policeShare, this.signedOff, this.overall, newRank, this.themes, this.mandatoryGaps);
	}

	/** Completeness of the plan's actions in one theme. */
	public record ThemeScore(String theme, int actions, double completeness, int mandatoryExpected,
			int mandatoryPresent) {
	}

	/**
	 * A mandatory action missing from the plan, or present but left as the template wrote
	 * it.
	 *
	 * @param missing true when absent; false when present but not filled in
	 */
	public record MandatoryGap(String theme, String templateRef, String text, boolean missing) {
	}

}
