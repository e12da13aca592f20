package uk.gov.london.planreview.goodpractice;

import java.time.LocalDate;
import java.util.List;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.plan.Rag;

/** Plans and actions built directly, for the domain tests. */
final class PlanFixtures {

	static final String WEAPONS = "Reducing access to weapons";

	static final String YOUNG_PEOPLE = "Safeguarding and educating young people";

	static final String DIVERSION = "Positive diversion from violence";

	private PlanFixtures() {
	}

	static Plan plan(String onsCode, String name, String version, Action... actions) {
		return new Plan(List.of(new Authority(onsCode, name, "")), name + ".xlsx", "Safer " + name, version, null,
				List.of(), List.of(), List.of(actions));
	}

	static final LocalDate START = LocalDate.of(2026, 4, 1);

	static Action action(String theme, ActionType type, String text, String outcome, String lead, Rag rag) {
		return new Action("Plan", 10, theme, "", type, "", text, outcome, "", lead, List.of("Council"),
				List.of("Community safety"), START, null, "", "", rag, "", "", false);
	}

	/** The same action with no start or end date. */
	static Action undated(Action a) {
		return new Action(a.sheet(), a.row(), a.theme(), a.ref(), a.type(), a.templateRef(), a.text(), a.outcome(),
				a.baseline(), a.lead(), a.leadOrganisations(), a.partnerCategories(), null, null, "", a.progress(),
				a.rag(), a.comments(), a.supportingDocuments(), a.hidden());
	}

	/** A local action with everything good practice needs. */
	static Action local(String theme, String text) {
		return action(theme, ActionType.LOCAL, text, "Fewer young people harmed", "Jo Bloggs", Rag.GREEN);
	}

}
