package uk.gov.london.planreview.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.scoring.PlanScore;

/**
 * One plan compared with its review last quarter: its scores then, and what happened to
 * each action.
 *
 * @param previous the plan's scores last quarter
 * @param changes every current action with its movement, then every dropped action
 */
public record PlanComparison(String planId, long previousRunId, Quarter previousQuarter, PlanScore previous,
		List<ActionChange> changes) {

	/**
	 * An action's movement. For a dropped action, the source file and position are last
	 * quarter's.
	 *
	 * @param previousRag null for an added action
	 * @param rag null for a dropped action
	 */
	public record ActionChange(String sourceFile, int seq, String theme, String ref, String text, Rag previousRag,
			Rag rag, Movement movement) {
	}

	public static PlanComparison compare(Plan previousPlan, PlanScore previousScore, long previousRunId,
			Quarter previousQuarter, Plan current) {
		List<Action> before = previousPlan.actions();
		List<Action> now = current.actions();
		Map<Integer, Integer> pairs = ActionMatcher.match(before, now);
		List<ActionChange> changes = new ArrayList<>();
		for (int i = 0; i < now.size(); i++) {
			Action action = now.get(i);
			Integer j = pairs.get(i);
			Rag was = j == null ? null : before.get(j).rag();
			Movement movement = j == null ? Movement.ADDED : Movement.between(was, action.rag());
			changes.add(new ActionChange(current.sourceFile(), i, action.theme(), action.ref(), action.text(), was,
					action.rag(), movement));
		}
		Set<Integer> matched = new HashSet<>(pairs.values());
		for (int j = 0; j < before.size(); j++) {
			if (!matched.contains(j)) {
				Action dropped = before.get(j);
				changes.add(new ActionChange(previousPlan.sourceFile(), j, dropped.theme(), dropped.ref(),
						dropped.text(), dropped.rag(), null, Movement.DROPPED));
			}
		}
		return new PlanComparison(current.planId(), previousRunId, previousQuarter, previousScore, changes);
	}

	/** How many actions moved each way. */
	public Map<Movement, Integer> counts() {
		Map<Movement, Integer> counts = new EnumMap<>(Movement.class);
		for (Movement movement : Movement.values()) {
			counts.put(movement, 0);
		}
		this.changes.forEach(c -> counts.merge(c.movement(), 1, Integer::sum));
		return counts;
	}

}
