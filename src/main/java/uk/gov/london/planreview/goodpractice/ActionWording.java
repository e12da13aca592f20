package uk.gov.london.planreview.goodpractice;

import java.util.List;

import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.LeadOrganisations;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.plan.Rag;

/**
 * One action of the run, as good practice and linking up compare it with the others: what
 * it does, who leads it, whether it is sound, and how complete it is. Kept for every
 * action of every plan, so it holds only what they use.
 *
 * @param sound it has an outcome, a named lead and a date, and is rated green, amber or
 * complete: an example another partnership can rely on
 * @param red rated red: slippage the plan reports, not something it lacks
 * @param completeness 0–100, as the plan's scores count it
 */
record ActionWording(String planId, String authorities, String sourceFile, String templateVersion, String sheet,
		int row, String theme, String ref, ActionType type, String text, String outcome, String lead,
		List<String> leadOrganisations, boolean sound, boolean red, double completeness) {

	ActionWording {
		leadOrganisations = List.copyOf(leadOrganisations);
	}

	static ActionWording of(Plan plan, Action action, double completeness) {
		return new ActionWording(plan.planId(), plan.authorityNames(), plan.sourceFile(), plan.templateVersion(),
				action.sheet(), action.row(), action.theme(), action.ref(), action.type(), action.text(),
				action.outcome(), action.lead(), action.leadOrganisations(), GoodPracticeFinder.sound(action),
				action.rag() == Rag.RED, completeness);
	}

	/** Added by the partnership beyond the template's mandatory and optional actions. */
	boolean beyondTemplate() {
		return this.type == ActionType.LOCAL || this.type == ActionType.DEVELOPING;
	}

	/** Whom to contact: the named lead with its organisations, "DS Patel (MPS)". */
	String contact() {
		return LeadOrganisations.contact(this.lead, this.leadOrganisations);
	}

}
