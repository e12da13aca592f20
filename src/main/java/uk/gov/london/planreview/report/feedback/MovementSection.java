package uk.gov.london.planreview.report.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.history.Movement;
import uk.gov.london.planreview.history.MovementStore.PlanMovement;
import uk.gov.london.planreview.history.PlanComparison.ActionChange;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.MovementText;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.RagView;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.PlanScore;

/**
 * The plan's movement since its review last quarter: its scores then and now, and every
 * action that moved, was added or was dropped, as scores.csv and movement.csv give them.
 * Left out when the plan was not reviewed last quarter.
 */
@Component
@Order(700)
public class MovementSection implements FeedbackSection {

	/** The order the changes are listed in: what a board asks about first, first. */
	static final List<Movement> ORDER = List.of(Movement.TURNED_RED, Movement.WORSENED, Movement.NO_LONGER_RATED,
			Movement.TURNED_GREEN, Movement.IMPROVED, Movement.COMPLETED, Movement.NEWLY_RATED, Movement.ADDED,
			Movement.DROPPED);

	/**
	 * @param moved how many actions made each movement, in {@link #ORDER}
	 */
	public record Model(String previousQuarter, String then, String now, String change, List<ScoreRow> scores,
			List<Count> moved, List<Change> changes) {
	}

	/** How many actions made a movement (its key in movement.csv). */
	public record Count(String movement, long actions) {
	}

	/** A score then and now, and the change as scores.csv writes it. */
	public record ScoreRow(String name, String then, String now, String change) {
	}

	/**
	 * An action that moved.
	 *
	 * @param was its rating last quarter, or null for an added action
	 * @param now its rating now, or null for a dropped action
	 */
	public record Change(String movement, String ref, String action, RagView was, RagView now) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		PlanView plan = data.plan();
		Optional<PlanMovement> found = data.london().movement(plan.planId());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		PlanMovement m = found.get();
		PlanScore s = plan.score();
		List<ScoreRow> scores = List.of(score("Overall score", m.previousOverall(), s.overall()),
				score("Completeness", m.previousCompleteness(), s.completeness()),
				score("Mandatory coverage", m.previousMandatoryCoverage(), s.mandatoryCoverage()),
				score("Partnership breadth", m.previousPartnershipBreadth(), s.partnershipBreadth()));
		List<ActionChange> moved = data.london()
			.changes(plan.planId())
			.stream()
			.filter(c -> c.movement() != Movement.UNCHANGED)
			.sorted(Comparator.comparingInt(c -> ORDER.indexOf(c.movement())))
			.toList();
		Map<Movement, Long> counts = new EnumMap<>(Movement.class);
		moved.forEach(c -> counts.merge(c.movement(), 1L, Long::sum));
		List<Count> countList = new ArrayList<>();
		for (Movement kind : ORDER) {
			if (counts.containsKey(kind)) {
				countList.add(new Count(kind.csv(), counts.get(kind)));
			}
		}
		List<Change> changes = moved.stream()
			.map(c -> new Change(Prose.capitalise(c.movement().csv()), MovementText.label(plan, c), c.text().trim(),
					rating(c.previousRag()), rating(c.rag())))
			.toList();
		return Optional.of(
				Section
					.of("movement", "Movement since last quarter", "feedback/movement.ftl",
							new Model(m.previousQuarter().toString(), Scores.format(m.previousOverall()),
									Scores.format(s.overall()), Scores.formatChange(s.overall() - m.previousOverall()),
									scores, countList, changes))
					.runOn());
	}

	private static ScoreRow score(String name, double then, double now) {
		return new ScoreRow(name, Scores.format(then), Scores.format(now), Scores.formatChange(now - then));
	}

	private static RagView rating(Rag rag) {
		return rag == null ? null : RagView.of(rag);
	}

}
