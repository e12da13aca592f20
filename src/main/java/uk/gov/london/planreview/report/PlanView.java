package uk.gov.london.planreview.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.scoring.ActionCheck;
import uk.gov.london.planreview.scoring.PlanScore;

/**
 * One accepted plan with its scores and the check of each of its actions, as the
 * documents use them.
 *
 * @param checks one per action, in the plan's order
 */
public record PlanView(Plan plan, PlanScore score, List<ActionCheck> checks) {

	public PlanView {
		checks = List.copyOf(checks);
	}

	public String planId() {
		return this.score.planId();
	}

	/**
	 * The authorities it covers, as a reader says them: "Kingston upon Thames and
	 * Richmond upon Thames".
	 */
	public String name() {
		return Prose.list(this.plan.authorities().stream().map(Authority::name).toList());
	}

	public List<Action> actions() {
		return this.plan.actions();
	}

	public boolean joint() {
		return this.plan.authorities().size() > 1;
	}

	/** How many of its actions lack the item. */
	public int missing(ActionCheck.Item item) {
		return (int) this.checks.stream().filter(c -> c.missing().contains(item)).count();
	}

	/** How many of its actions lack any of the items. */
	public int missingAny(List<ActionCheck.Item> items) {
		return (int) this.checks.stream().filter(c -> c.missing().stream().anyMatch(items::contains)).count();
	}

	/** The actions that lack any of the items, in the plan's order. */
	public List<Action> actionsMissing(List<ActionCheck.Item> items) {
		return IntStream.range(0, this.checks.size())
			.filter(i -> this.checks.get(i).missing().stream().anyMatch(items::contains))
			.mapToObj(i -> actions().get(i))
			.toList();
	}

	/**
	 * How many actions each partner category leads (an action led jointly counts for
	 * each).
	 */
	public Map<String, Long> actionsLedBy() {
		return actions().stream()
			.flatMap(a -> a.partnerCategories().stream())
			.collect(Collectors.groupingBy(c -> c, Collectors.counting()));
	}

	/**
	 * How an action is referred to: its reference, or its sheet and row when it has none.
	 */
	public static String label(Action action) {
		if (!action.ref().isBlank()) {
			return action.ref().trim();
		}
		return "row " + action.row()
				+ (action.sheet() == null || action.sheet().isBlank() ? "" : " of ‘" + action.sheet().trim() + "’");
	}

}
