package uk.gov.london.planreview.report;

import uk.gov.london.planreview.goodpractice.GoodPractice;

/**
 * Good practice as the documents quote it: actions by their reference, and long outcomes
 * cut short at a word.
 */
public final class PracticeText {

	/**
	 * Characters of an outcome quoted in full; a longer one is cut at a word and ends
	 * with "…".
	 */
	static final int OUTCOME_QUOTED = 140;

	private PracticeText() {
	}

	/**
	 * How the example's action is referred to: its reference, or its sheet and row when
	 * it has none.
	 */
	public static String label(GoodPractice practice) {
		if (!practice.actionRef().isBlank()) {
			return practice.actionRef().trim();
		}
		return "row " + practice.row() + (practice.sheet().isBlank() ? "" : " of ‘" + practice.sheet().trim() + "’");
	}

	/**
	 * The text on one line, cut at a word when it is longer than {@link #OUTCOME_QUOTED}
	 * characters.
	 */
	public static String brief(String text) {
		String flat = text.replaceAll("\\s+", " ").trim();
		if (flat.length() <= OUTCOME_QUOTED) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', OUTCOME_QUOTED - 1);
		return flat.substring(0, cut > 0 ? cut : OUTCOME_QUOTED - 1).replaceAll("[,;:.]$", "") + "…";
	}

}
