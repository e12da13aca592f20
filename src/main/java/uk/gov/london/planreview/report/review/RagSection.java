package uk.gov.london.planreview.report.review;

import java.awt.Color;
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
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.report.MovementText;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.RagView;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.chart.Chart;
import uk.gov.london.planreview.report.chart.DataTable;
import uk.gov.london.planreview.report.chart.SvgCharts;

/**
 * RAG position: how London's actions are rated, as a chart and a table, and plan by plan.
 * When last quarter was reviewed too, movement since then: how the actions moved, as a
 * chart and a table, whose overall scores rose or fell most, the actions that turned red,
 * and each plan's movement as scores.csv gives it.
 */
@Component
@Order(600)
public class RagSection implements ReviewSection {

	private final SvgCharts charts;

	RagSection(SvgCharts charts) {
		this.charts = charts;
	}

	/** The movements the chart shows, in its order, those scores.csv counts first. */
	static final List<Movement> CHARTED = List.of(Movement.TURNED_GREEN, Movement.IMPROVED, Movement.COMPLETED,
			Movement.WORSENED, Movement.TURNED_RED, Movement.ADDED, Movement.DROPPED, Movement.NEWLY_RATED,
			Movement.NO_LONGER_RATED);

	/** Plans named as rising or falling most. */
	static final int NAMED = 3;

	/**
	 * @param movement since last quarter, or null when last quarter was not reviewed
	 */
	public record Model(String summary, String unrated, Chart chart, List<RagView> ratings, List<PlanRow> rows,
			MovementView movement) {
	}

	/** A plan's count of actions at each rating, in {@link RagView#ORDER}. */
	public record PlanRow(String plan, List<Long> counts, int actions) {
	}

	/**
	 * Movement since last quarter.
	 *
	 * @param actions how the actions moved, in words
	 * @param scores whose overall scores rose and fell, in words
	 * @param moved whether any action moved or any overall score changed: when none did,
	 * the chart and the tables, all zeros, are left out
	 * @param turnedRed every action that turned red
	 * @param rows each plan reviewed in both quarters, by name, with its columns of
	 * scores.csv
	 */
	public record MovementView(String previousQuarter, String actions, Chart chart, String scores, boolean moved,
			List<RedAction> turnedRed, List<MovementRow> rows) {
	}

	/**
	 * An action that turned red: its plan, reference, wording and rating last quarter.
	 */
	public record RedAction(String plan, String ref, String action, RagView was) {
	}

	/** A plan's movement as scores.csv gives it. */
	public record MovementRow(String plan, String previousOverall, String overall, String change, int added,
			int dropped, int completed, int turnedGreen, int turnedRed) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		int total = data.totalActions();
		if (total == 0) {
			return Optional.empty();
		}
		Map<Rag, Long> counts = count(data.plans().stream().flatMap(p -> p.actions().stream()).toList());
		List<String> parts = new ArrayList<>();
		for (Rag rag : List.of(Rag.GREEN, Rag.AMBER, Rag.RED, Rag.COMPLETE)) {
			long n = counts.get(rag);
			if (n > 0) {
				parts.add(Prose.figure(n) + " (" + Prose.percent(n, total) + ") "
						+ (rag == Rag.COMPLETE ? "are complete" : "are rated " + RagView.labelOf(rag).toLowerCase()));
			}
		}
		String summary = "Of the " + Prose.figures(total, "action", "actions") + " in the plans, "
				+ (parts.isEmpty() ? "none is rated" : Prose.list(parts)) + ".";
		long none = counts.get(Rag.NONE);
		List<String> mostlyUnrated = data.plans()
			.stream()
			.filter(p -> !p.actions().isEmpty() && count(p.actions()).get(Rag.NONE) * 4 > p.actions().size())
			.map(PlanView::name)
			.toList();
		String unrated = none == 0 ? "Every action has a RAG rating." : Prose.capitalise(Prose.count(none)) + " "
				+ (none == 1 ? "action has" : "actions have") + " no RAG rating (" + Prose.percent(none, total) + ")"
				+ (mostlyUnrated.isEmpty() ? "."
						: "; in " + Prose.list(mostlyUnrated) + " more than a quarter of the actions are unrated.");
		List<PlanRow> rows = data.plans()
			.stream()
			.sorted(Comparator.comparing(PlanView::name))
			.map(p -> new PlanRow(p.name(), RagView.ORDER.stream().map(count(p.actions())::get).toList(),
					p.actions().size()))
			.toList();
		MovementView movement = movement(data);
		List<Section.Heading> headings = new ArrayList<>(
				List.of(new Section.Heading("rag-by-plan", "RAG ratings plan by plan")));
		if (movement != null) {
			headings.add(new Section.Heading("rag-movement", "Movement since " + movement.previousQuarter()));
			if (movement.moved()) {
				headings.add(new Section.Heading("rag-movement-by-plan", "Movement plan by plan"));
			}
		}
		return Optional
			.of(Section
				.of("rag", movement == null ? "RAG position" : "RAG position and movement since last quarter",
						"review/rag.ftl",
						new Model(summary, unrated, chart(counts, total),
								RagView.ORDER.stream().map(RagView::of).toList(), rows, movement))
				.withHeadings(headings));
	}

	/** Movement since last quarter, or null when no plan was reviewed then. */
	private MovementView movement(ReviewData data) {
		List<PlanView> compared = data.plans().stream().filter(p -> data.movement(p.planId()).isPresent()).toList();
		if (compared.isEmpty()) {
			return null;
		}
		String previousQuarter = data.movement(compared.get(0).planId()).orElseThrow().previousQuarter().toString();
		Map<Movement, Long> moved = new EnumMap<>(Movement.class);
		CHARTED.forEach(m -> moved.put(m, 0L));
		compared.forEach(p -> data.changes(p.planId())
			.stream()
			.filter(c -> c.movement() != Movement.UNCHANGED)
			.forEach(c -> moved.merge(c.movement(), 1L, Long::sum)));
		List<String> notCompared = data.plans()
			.stream()
			.filter(p -> !compared.contains(p))
			.map(PlanView::name)
			.toList();
		String actions = Prose.capitalise(Prose.proportion(compared.size(), data.plans().size(), "plan", "plans")) + " "
				+ (compared.size() == 1 ? "was" : "were") + " also reviewed in " + previousQuarter + "."
				+ (notCompared.isEmpty() ? ""
						: notCompared.size() <= 5
								? " " + Prose.list(notCompared) + (notCompared.size() == 1 ? " was" : " were") + " not."
								: " The other " + Prose.count(notCompared.size()) + " were not.")
				+ " " + actionsMoved(moved, compared.size())
				+ (moved.values().stream().anyMatch(n -> n > 0) ? " movement.csv lists each of those actions." : "");
		List<MovementRow> rows = compared.stream()
			.sorted(Comparator.comparing(PlanView::name))
			.map(p -> row(p, data.movement(p.planId()).orElseThrow()))
			.toList();
		List<RedAction> turnedRed = compared.stream()
			.sorted(Comparator.comparing(PlanView::name))
			.flatMap(p -> data.changes(p.planId())
				.stream()
				.filter(c -> c.movement() == Movement.TURNED_RED)
				.map(c -> new RedAction(p.name(), MovementText.label(p, c), c.text().trim(),
						RagView.of(c.previousRag()))))
			.toList();
		boolean anyMoved = moved.values().stream().anyMatch(n -> n > 0)
				|| rows.stream().anyMatch(r -> !r.change().equals("0.0"));
		return new MovementView(previousQuarter, actions, movementChart(moved, previousQuarter, compared.size()),
				scores(compared, data), anyMoved, turnedRed, rows);
	}

	private static String actionsMoved(Map<Movement, Long> moved, int plans) {
		List<String> ratings = new ArrayList<>();
		for (Movement m : List.of(Movement.TURNED_GREEN, Movement.IMPROVED, Movement.COMPLETED, Movement.NEWLY_RATED,
				Movement.WORSENED, Movement.TURNED_RED, Movement.NO_LONGER_RATED)) {
			long n = moved.get(m);
			if (n > 0) {
				ratings.add((ratings.isEmpty() ? Prose.figures(n, "action", "actions") : Prose.figure(n)) + " "
						+ MovementText.words(m, n));
			}
		}
		long added = moved.get(Movement.ADDED);
		long dropped = moved.get(Movement.DROPPED);
		String whose = plans == 1 ? "its" : "their";
		if (ratings.isEmpty() && added == 0 && dropped == 0) {
			return "Since then, none of " + whose
					+ " actions has changed its RAG rating, and none was added or dropped.";
		}
		String rated = ratings.isEmpty() ? "none of " + whose + " actions has changed its RAG rating"
				: Prose.list(ratings);
		String addedOrDropped = added == 0 && dropped == 0 ? "no action was added or dropped"
				: dropped == 0 ? Prose.figures(added, "action was", "actions were") + " added"
						: added == 0 ? Prose.figures(dropped, "action was", "actions were") + " dropped"
								: Prose.figures(added, "action was", "actions were") + " added and "
										+ Prose.figure(dropped) + " dropped";
		return "Since then, " + rated + "; " + addedOrDropped + ".";
	}

	/**
	 * Whose overall scores rose and fell, and most, as scores.csv's overall_change gives
	 * it.
	 */
	private static String scores(List<PlanView> compared, ReviewData data) {
		List<Change> changes = compared.stream()
			.map(p -> new Change(p, data.movement(p.planId()).orElseThrow().previousOverall()))
			.toList();
		List<Change> rose = changes.stream()
			.filter(c -> c.rounded() > 0)
			.sorted(Comparator.comparingDouble(c -> -c.rounded()))
			.toList();
		List<Change> fell = changes.stream()
			.filter(c -> c.rounded() < 0)
			.sorted(Comparator.comparingDouble(Change::rounded))
			.toList();
		long same = changes.size() - rose.size() - fell.size();
		if (rose.isEmpty() && fell.isEmpty()) {
			return changes.size() == 1 ? "Its overall score has not changed."
					: "None of their overall scores has changed.";
		}
		List<String> parts = new ArrayList<>();
		if (!rose.isEmpty()) {
			parts.add("rose in " + Prose.count(rose.size(), "plan", "plans"));
		}
		if (!fell.isEmpty()) {
			parts.add("fell in " + Prose.count(fell.size(), "plan", "plans"));
		}
		if (same > 0) {
			parts.add("stayed the same in " + Prose.count(same, "plan", "plans"));
		}
		StringBuilder text = new StringBuilder("Overall scores " + Prose.list(parts) + ".");
		if (!rose.isEmpty()) {
			text.append(
					rose.size() == 1 ? " It rose in " : rose.size() <= NAMED ? " They rose in " : " They rose most in ")
				.append(Prose.list(rose.stream().limit(NAMED).map(Change::describe).toList()))
				.append('.');
		}
		if (!fell.isEmpty()) {
			text.append(fell.size() == 1 ? " It fell back in "
					: fell.size() <= NAMED ? " They fell back in " : " They fell back most in ")
				.append(Prose.list(fell.stream().limit(NAMED).map(Change::describe).toList()))
				.append('.');
		}
		return text.toString();
	}

	/**
	 * A plan's overall score then and now, with the change rounded as scores.csv rounds
	 * it.
	 */
	private record Change(PlanView plan, double previous) {

		double rounded() {
			return Double.parseDouble(Scores.formatChange(this.plan.score().overall() - this.previous));
		}

		String describe() {
			return this.plan.name() + " (from " + Scores.format(this.previous) + " to "
					+ Scores.format(this.plan.score().overall()) + ")";
		}

	}

	private static MovementRow row(PlanView plan, PlanMovement m) {
		return new MovementRow(plan.name(), Scores.format(m.previousOverall()), Scores.format(plan.score().overall()),
				Scores.formatChange(plan.score().overall() - m.previousOverall()), m.counts().get(Movement.ADDED),
				m.counts().get(Movement.DROPPED), m.counts().get(Movement.COMPLETED),
				m.counts().get(Movement.TURNED_GREEN), m.counts().get(Movement.TURNED_RED));
	}

	private Chart movementChart(Map<Movement, Long> moved, String previousQuarter, int plans) {
		List<Movement> shown = CHARTED.stream()
			.filter(m -> moved.get(m) > 0 || m != Movement.NEWLY_RATED && m != Movement.NO_LONGER_RATED)
			.toList();
		List<SvgCharts.Bar> bars = shown.stream()
			.map(m -> new SvgCharts.Bar(Prose.capitalise(m.csv()), moved.get(m), Prose.figure(moved.get(m)), colour(m)))
			.toList();
		String alt = "Bar chart of how the actions of the " + Prose.figures(plans, "plan", "plans")
				+ " reviewed in both quarters moved since " + previousQuarter + ": "
				+ Prose.list(shown.stream().map(m -> m.csv() + " " + Prose.figure(moved.get(m))).toList()) + ".";
		DataTable table = new DataTable("Actions by movement since " + previousQuarter + " (movement.csv: movement)",
				"Movement", List.of("Actions"),
				shown.stream()
					.map(m -> new DataTable.Row(Prose.capitalise(m.csv()), List.of(Prose.figure(moved.get(m)))))
					.toList(),
				List.of(true));
		return new Chart("chart-movement",
				this.charts.horizontalBars("chart-movement", alt, bars, "Actions", 0, SvgCharts.HALF_WIDTH), alt,
				table);
	}

	/** Each bar also carries its movement's name on the axis and its count as a label. */
	static Color colour(Movement m) {
		return switch (m) {
			case TURNED_GREEN -> colour(Rag.GREEN);
			case TURNED_RED -> colour(Rag.RED);
			case COMPLETED -> colour(Rag.COMPLETE);
			case WORSENED -> colour(Rag.AMBER);
			case IMPROVED, NEWLY_RATED -> SvgCharts.BAR;
			case ADDED, DROPPED, NO_LONGER_RATED, UNCHANGED -> SvgCharts.COMPARISON;
		};
	}

	static Map<Rag, Long> count(List<Action> actions) {
		Map<Rag, Long> counts = new EnumMap<>(Rag.class);
		for (Rag rag : Rag.values()) {
			counts.put(rag, 0L);
		}
		actions.forEach(a -> counts.merge(a.rag(), 1L, Long::sum));
		return counts;
	}

	/**
	 * The chart's colours; each bar also carries its rating's name on the axis and its
	 * count as a label.
	 */
	static Color colour(Rag rag) {
		return switch (rag) {
			case RED -> new Color(0xb3, 0x26, 0x1e);
			case AMBER -> new Color(0xd9, 0x8c, 0x00);
			case GREEN -> new Color(0x1e, 0x6b, 0x32);
			case COMPLETE -> new Color(0x1d, 0x3b, 0x6e);
			case NONE -> new Color(0x9a, 0x9a, 0x9a);
		};
	}

	private Chart chart(Map<Rag, Long> counts, int total) {
		List<SvgCharts.Bar> bars = RagView.ORDER.stream()
			.map(r -> new SvgCharts.Bar(RagView.labelOf(r), counts.get(r),
					Prose.figure(counts.get(r)) + " (" + Prose.percent(counts.get(r), total) + ")", colour(r)))
			.toList();
		String alt = "Bar chart of the RAG ratings of all " + Prose.figure(total) + " actions: "
				+ Prose.list(RagView.ORDER.stream()
					.map(r -> RagView.labelOf(r).toLowerCase() + " " + Prose.figure(counts.get(r)))
					.toList())
				+ ".";
		DataTable table = new DataTable("RAG ratings of all actions (actions.csv: rag)", "Rating",
				List.of("Actions", "Share"),
				RagView.ORDER.stream()
					.map(r -> new DataTable.Row(RagView.labelOf(r),
							List.of(Prose.figure(counts.get(r)), Prose.percent(counts.get(r), total))))
					.toList(),
				List.of(true, true));
		return new Chart("chart-rag",
				this.charts.horizontalBars("chart-rag", alt, bars, "Actions", 0, SvgCharts.HALF_WIDTH), alt, table);
	}

}
