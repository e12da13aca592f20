package uk.gov.london.planreview.goodpractice;

import java.util.List;

/**
 * An area where a plan has a gap, and the basket of offers for it: good practice
 * elsewhere in London from authorities strong in that area. Feeds "Linking up" in the
 * review and each plan's feedback.
 *
 * @param category the category the gap is about (from a missing mandatory action or a red
 * action), or empty when the gap is in the theme as a whole
 * @param reasons what makes it a gap, in words ("rated red: ...", "mandatory action 3.3
 * missing: ...")
 * @param offers the best offers first; empty when no other plan has strong practice here
 */
public record WeakArea(String planId, String authorities, String theme, String category, String categoryName,
		List<String> reasons, List<Offer> offers) {

	public WeakArea {
		reasons = List.copyOf(reasons);
		offers = List.copyOf(offers);
	}

	/**
	 * Good practice another authority could share.
	 *
	 * @param planId the plan with the practice
	 * @param authorities its authorities, canonical names joined with "; "
	 * @param contact the action's named lead and organisation: whom to contact
	 * @param themeCompleteness the offering plan's completeness (0–100) in the theme its
	 * practice sits in
	 */
	public record Offer(String planId, String authorities, String theme, String category, String categoryName,
			String actionRef, String action, String contact, double themeCompleteness) {
	}

}
