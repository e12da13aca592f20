package uk.gov.london.planreview.report.feedback;

import java.util.List;

/**
 * One thing to put right in a plan: a headline with the figures, and the details — the
 * actions by reference, or the mandatory actions by number and wording — so the board
 * knows exactly what to do.
 *
 * @param headline e.g. "12 of 38 actions have no named lead"
 * @param advice what to do about it, in a sentence
 * @param refs the actions concerned, by reference (or sheet and row), for the headline's
 * list
 * @param details longer items, one per line, where a reference alone would not say enough
 * @param priority lower comes first
 */
public record Improvement(String id, String headline, String advice, List<String> refs, List<String> details,
		double priority) {

	public Improvement {
		refs = List.copyOf(refs);
		details = List.copyOf(details);
	}

	/**
	 * The headline with its references: "12 of 38 actions have no named lead (3.2, 3.5,
	 * 4.1)".
	 */
	public String summary() {
		return this.headline + (this.refs.isEmpty() ? "" : " (" + String.join(", ", this.refs) + ")");
	}

}
