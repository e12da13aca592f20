package uk.gov.london.planreview.report;

import java.util.List;

import uk.gov.london.planreview.goodpractice.GoodPractice;

/**
 * Good practice and linking up as the documents quote them: authorities as a reader says
 * them, actions by their reference, and long outcomes cut short at a word.
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
	 * "Kingston upon Thames; Richmond upon Thames", as the CSV files join them, as a
	 * reader says them.
	 */
	public static String authorities(String joined) {
		return Prose.list(List.of(joined.split("; ")));
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

	/**
	 * "Outcome: …. Lead: …." for an example of good practice: its outcome in brief, and
	 * whom to contact.
	 */
	public static String detail(GoodPractice practice) {
		return "Outcome: " + sentence(brief(practice.outcome())) + " Lead: " + sentence(practice.contact().trim());
	}

	/** The text ending with a full stop, unless it already ends a sentence. */
	public static String sentence(String text) {
		String trimmed = text.trim();
		return trimmed.isEmpty() || trimmed.matches("(?s).*[.!?…]$") ? trimmed : trimmed + ".";
	}

}
