package uk.gov.london.planreview.report;

import uk.gov.london.planreview.history.Movement;
import uk.gov.london.planreview.history.PlanComparison.ActionChange;

/** Movement since last quarter as the documents say it. */
public final class MovementText {

	private MovementText() {
	}

	/** What actions did, after their count: "turned green", "were completed". */
	public static String words(Movement m, long n) {
		return switch (m) {
			case TURNED_GREEN -> "turned green";
			case TURNED_RED -> "turned red";
			case IMPROVED -> "improved from red to amber";
			case WORSENED -> "fell back to amber";
			case COMPLETED -> n == 1 ? "was completed" : "were completed";
			case NEWLY_RATED -> n == 1 ? "was rated for the first time" : "were rated for the first time";
			case NO_LONGER_RATED -> "lost " + (n == 1 ? "its" : "their") + " RAG rating";
			case ADDED -> n == 1 ? "was added" : "were added";
			case DROPPED -> n == 1 ? "was dropped" : "were dropped";
			case UNCHANGED -> "stayed the same";
		};
	}

	/**
	 * How a changed action is referred to: a current one as the plan labels it (its
	 * reference, or its sheet and row), a dropped one by last quarter's reference.
	 */
	public static String label(PlanView plan, ActionChange change) {
		if (change.movement() != Movement.DROPPED && change.seq() < plan.actions().size()) {
			return PlanView.label(plan.actions().get(change.seq()));
		}
		return change.ref().isBlank() ? "no reference" : change.ref().trim();
	}

}
