package uk.gov.london.planreview.report;

import uk.gov.london.planreview.history.Movement;
import uk.gov.london.planreview.history.PlanComparison.ActionChange;

/** How the documents refer to an action that moved since last quarter. */
public final class MovementText {

	private MovementText() {
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
