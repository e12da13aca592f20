package uk.gov.london.planreview.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.history.PlanComparison.ActionChange;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.quarter.Quarter;

/**
 * A plan beside its review last quarter: which action is which (by reference while the
 * wording agrees, else by wording), and what moved.
 */
class PlanComparisonTests {

	static Action action(String ref, String text, Rag rag) {
		return new Action("Plan", 1, "Governance", ref, ActionType.LOCAL, "", text, "", "", "", List.of(), List.of(),
				null, null, "", "", rag, "", "", false);
	}

	static Plan plan(Action... actions) {
		return new Plan(List.of(new Authority("E09000007", "Camden", "Central North")), "Camden.xlsx", "Safer Camden",
				"2021", null, List.of(), List.of(), List.of(actions));
	}

	@Test
	void aRenumberedActionIsFoundByItsWordingAndAReusedNumberIsNotTakenForIt() {
		List<Action> before = List.of(action("1.1", "Quarterly weapons sweeps with residents' associations", Rag.AMBER),
				action("1.2", "Test purchasing of knives in local shops with trading standards", Rag.GREEN));
		List<Action> now = List.of(
				action("1.2", "Open a youth hub with detached youth workers in the town centre", Rag.AMBER),
				action("1.3", "Quarterly weapons sweeps with residents' associations and housing officers", Rag.GREEN));

		Map<Integer, Integer> pairs = ActionMatcher.match(before, now);

		assertThat(pairs).containsExactly(Map.entry(1, 0));
	}

	@Test
	void aMatchingReferenceNeedsSomeOfTheWordingToAgree() {
		List<Action> before = List
			.of(action("2.1", "Annual strategic needs assessment of serious violence", Rag.AMBER));
		List<Action> reworded = List.of(action("2.1", "Annual needs assessment refreshed", Rag.GREEN));
		List<Action> replaced = List.of(action("2.1", "Mentoring for young people leaving custody", Rag.GREEN));

		assertThat(ActionMatcher.match(before, reworded)).containsExactly(Map.entry(0, 0));
		assertThat(ActionMatcher.match(before, replaced)).isEmpty();
	}

	@Test
	void everyActionsMovementIsSaidAndDroppedOnesComeLast() {
		Plan before = plan(action("1.1", "Named senior leads for violence reduction", Rag.AMBER),
				action("1.2", "Monthly partnership tasking meeting", Rag.GREEN),
				action("1.3", "Weapons sweeps in parks", Rag.GREEN));
		Plan now = plan(action("1.1", "Named senior leads for violence reduction", Rag.GREEN),
				action("1.2", "Monthly partnership tasking meeting", Rag.COMPLETE),
				action("1.4", "Knife bins at the two leisure centres", Rag.NONE));

		PlanComparison comparison = PlanComparison.compare(before, null, 7L, Quarter.parse("2026-Q2"), now);

		assertThat(comparison.changes()).extracting(ActionChange::ref, ActionChange::movement)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", Movement.TURNED_GREEN),
					org.assertj.core.groups.Tuple.tuple("1.2", Movement.COMPLETED),
					org.assertj.core.groups.Tuple.tuple("1.4", Movement.ADDED),
					org.assertj.core.groups.Tuple.tuple("1.3", Movement.DROPPED));
		assertThat(comparison.counts()).containsEntry(Movement.TURNED_GREEN, 1)
			.containsEntry(Movement.COMPLETED, 1)
			.containsEntry(Movement.ADDED, 1)
			.containsEntry(Movement.DROPPED, 1)
			.containsEntry(Movement.UNCHANGED, 0);
		assertThat(comparison.previousQuarter()).isEqualTo(Quarter.parse("2026-Q2"));
	}

	@Test
	void ratingsThatMoveWithinTheScaleAreSaidPlainly() {
		assertThat(Movement.between(Rag.RED, Rag.AMBER)).isEqualTo(Movement.IMPROVED);
		assertThat(Movement.between(Rag.GREEN, Rag.AMBER)).isEqualTo(Movement.WORSENED);
		assertThat(Movement.between(Rag.AMBER, Rag.RED)).isEqualTo(Movement.TURNED_RED);
		assertThat(Movement.between(Rag.NONE, Rag.AMBER)).isEqualTo(Movement.NEWLY_RATED);
		assertThat(Movement.between(Rag.AMBER, Rag.NONE)).isEqualTo(Movement.NO_LONGER_RATED);
	}

}
