package uk.gov.london.planreview.report;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.history.Movement;
import uk.gov.london.planreview.history.MovementStore.PlanMovement;

/**
 * Movement since last quarter across London, as the front page and the RAG section say
 * it: which plans were reviewed in both quarters, how their actions moved and whose
 * overall scores rose or fell (by the change scores.csv gives, rounded to one decimal).
 *
 * @param previousQuarter e.g. 2026-Q3
 * @param notCompared plans reviewed now but not then, by name
 * @param rose plans whose overall score rose, the most first
 * @param fell plans whose overall score fell, the most first
 */
public record LondonMovement(String previousQuarter, int compared, List<String> notCompared, int turnedGreen,
		int improved, int completed, int newlyRated, int worsened, int turnedRed, int noLongerRated, int added,
		int dropped, List<Change> rose, List<Change> fell, int same) {

	/** A plan's overall score then and now. */
	public record Change(String plan, String then, String now, String change) {
	}

	/** London's movement, or empty when no plan was reviewed last quarter. */
	public static Optional<LondonMovement> of(ReviewData data) {
		List<PlanView> compared = data.plans().stream().filter(p -> data.movement(p.planId()).isPresent()).toList();
		if (compared.isEmpty()) {
			return Optional.empty();
		}
		Map<Movement, Integer> moved = new EnumMap<>(Movement.class);
		for (Movement m : Movement.values()) {
			moved.put(m, 0);
		}
		compared.forEach(p -> data.changes(p.planId()).forEach(c -> moved.merge(c.movement(), 1, Integer::sum)));
		List<Change> changes = compared.stream().map(p -> change(p, data.movement(p.planId()).orElseThrow())).toList();
		List<Change> rose = changes.stream()
			.filter(c -> value(c) > 0)
			.sorted(Comparator.comparingDouble((Change c) -> -value(c)).thenComparing(Change::plan))
			.toList();
		List<Change> fell = changes.stream()
			.filter(c -> value(c) < 0)
			.sorted(Comparator.comparingDouble(LondonMovement::value).thenComparing(Change::plan))
			.toList();
		return Optional.of(new LondonMovement(
				data.movement(compared.get(0).planId()).orElseThrow().previousQuarter().toString(), compared.size(),
				data.plans().stream().filter(p -> !compared.contains(p)).map(PlanView::name).sorted().toList(),
				moved.get(Movement.TURNED_GREEN), moved.get(Movement.IMPROVED), moved.get(Movement.COMPLETED),
				moved.get(Movement.NEWLY_RATED), moved.get(Movement.WORSENED), moved.get(Movement.TURNED_RED),
				moved.get(Movement.NO_LONGER_RATED), moved.get(Movement.ADDED), moved.get(Movement.DROPPED), rose, fell,
				changes.size() - rose.size() - fell.size()));
	}

	/** Whether any action moved or any overall score changed. */
	public boolean moved() {
		return this.turnedGreen + this.improved + this.completed + this.newlyRated + this.worsened + this.turnedRed
				+ this.noLongerRated + this.added + this.dropped > 0 || !this.rose.isEmpty() || !this.fell.isEmpty();
	}

	/** Actions whose RAG rating changed. */
	public int rerated() {
		return this.turnedGreen + this.improved + this.completed + this.newlyRated + this.worsened + this.turnedRed
				+ this.noLongerRated;
	}

	static Change change(PlanView plan, PlanMovement m) {
		return new Change(plan.name(), Scores.format(m.previousOverall()), Scores.format(plan.score().overall()),
				Scores.formatChange(plan.score().overall() - m.previousOverall()));
	}

	private static double value(Change c) {
		return Double.parseDouble(c.change());
	}

}
