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

	public record Model(String previousQuarter, String overall, List<ScoreRow> scores, String actions,
			List<Change> changes) {
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
		double change = Double.parseDouble(Scores.formatChange(s.overall() - m.previousOverall()));
		String overall = "Since the plan was reviewed for " + m.previousQuarter() + ", its overall score has "
				+ (change > 0 ? "risen from " + Scores.format(m.previousOverall()) + " to " + Scores.format(s.overall())
						: change < 0 ? "fallen from " + Scores.format(m.previousOverall()) + " to "
								+ Scores.format(s.overall()) : "stayed at " + Scores.format(s.overall()))
				+ ".";
		List<ActionChange> moved = data.london()
			.changes(plan.planId())
			.stream()
			.filter(c -> c.movement() != Movement.UNCHANGED)
			.sorted(Comparator.comparingInt(c -> ORDER.indexOf(c.movement())))
			.toList();
		List<Change> changes = moved.stream()
			.map(c -> new Change(Prose.capitalise(c.movement().csv()), MovementText.label(plan, c), c.text().trim(),
					rating(c.previousRag()), rating(c.rag())))
			.toList();
		return Optional.of(Section.of("movement", "RAG movement since last quarter", "feedback/movement.ftl",
				new Model(m.previousQuarter().toString(), overall, scores, actions(moved), changes)));
	}

	private static ScoreRow score(String name, double then, double now) {
		return new ScoreRow(name, Scores.format(then), Scores.format(now), Scores.formatChange(now - then));
	}

	private static RagView rating(Rag rag) {
		return rag == null ? null : RagView.of(rag);
	}

	/** How the plan's actions moved, in a sentence. */
	static String actions(List<ActionChange> moved) {
		if (moved.isEmpty()) {
			return "None of its actions has changed its RAG rating, and none was added or dropped.";
		}
		Map<Movement, Long> counts = new EnumMap<>(Movement.class);
		moved.forEach(c -> counts.merge(c.movement(), 1L, Long::sum));
		List<String> parts = new ArrayList<>();
		for (Movement kind : ORDER) {
			Long n = counts.get(kind);
			if (n != null) {
				parts.add((parts.isEmpty() ? Prose.capitalise(Prose.count(n, "action", "actions")) : Prose.count(n))
						+ " " + MovementText.words(kind, n));
			}
		}
		return Prose.list(parts) + ". The table lists each one (movement.csv).";
	}

}
