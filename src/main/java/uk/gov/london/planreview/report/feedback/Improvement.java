package uk.gov.london.planreview.report.feedback;

import java.util.List;

/**
 * One thing to put right in a plan, as facts: what kind of thing it is, the figures, and
 * the actions concerned by reference, or the mandatory actions by number and wording. The
 * words — headline, advice and the front page's ask — are the templates'
 * (feedback/improvement.ftl), by {@link #kind}.
 *
 * @param kind refresh, mandatory-missing, mandatory-unfilled, lacking, lacking-dates,
 * sign-off, police or partners
 * @param item for "lacking", the item's key (outcome, lead...); for "sign-off", yes,
 * partly or no
 * @param count how many actions (or mandatory actions, or kinds of partner) it concerns
 * @param of out of how many
 * @param refs the actions concerned, by reference (or sheet and row)
 * @param details the mandatory actions concerned
 * @param names for "sign-off", who has still to sign; for "partners", the kinds of
 * partner leading no action
 * @param priority lower comes first
 */
public record Improvement(String id, String kind, String item, int count, int of, List<String> refs,
		List<Detail> details, List<String> names, double priority) {

	public Improvement {
		refs = List.copyOf(refs);
		details = List.copyOf(details);
		names = List.copyOf(names);
	}

	/**
	 * A mandatory action concerned.
	 *
	 * @param lacks for one left little filled in, what it lacks (item keys)
	 */
	public record Detail(String ref, String text, String theme, List<String> lacks) {

		public Detail {
			lacks = List.copyOf(lacks);
		}

	}

}
