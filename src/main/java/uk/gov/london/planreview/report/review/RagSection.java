package uk.gov.london.planreview.report.review;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.history.Movement;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.report.LondonMovement;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.RagView;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.Timescales;
import uk.gov.london.planreview.report.chart.Chart;
import uk.gov.london.planreview.report.chart.DataTable;
import uk.gov.london.planreview.report.chart.SvgCharts;

/**
 * RAG position: how London's actions are rated, as a chart; and, when last quarter was
 * reviewed too, how the actions moved since then and whose overall scores rose or fell,
 * as a chart. Plan by plan, the scorecard appendix gives each plan's overall score then
 * and now.
 */
@Component
@Order(600)
public class RagSection implements ReviewSection {

	/** The movements the chart shows, in its order. */
	static final List<Movement> CHARTED = List.of(Movement.TURNED_GREEN, Movement.IMPROVED, Movement.COMPLETED,
			Movement.WORSENED, Movement.TURNED_RED, Movement.ADDED, Movement.DROPPED, Movement.NEWLY_RATED,
			Movement.NO_LONGER_RATED);

	/** Plans named as rising most (falls are counted, not named). */
	static final int NAMED = 3;

	private final SvgCharts charts;

	RagSection(SvgCharts charts) {
		this.charts = charts;
	}

	/**
	 * @param counts actions at each rating, in {@link RagView#ORDER}
	 * @param mostlyUnrated plans with more than a quarter of their actions unrated
	 * @param movement since last quarter, or null for a first review
	 * @param timescales actions past their end date, and plans whose timescales have all
	 * run out
	 */
	public record Model(int actions, List<Count> counts, int mostlyUnrated, Chart chart, LondonMovement movement,
			Chart movementChart, Timescales timescales) {
	}

	/** A rating, its actions and their share of all actions. */
	public record Count(String key, long actions, String share) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		int total = data.totalActions();
		if (total == 0) {
			return Optional.empty();
		}
		Map<Rag, Long> counts = count(data.plans().stream().flatMap(p -> p.actions().stream()).toList());
		int mostlyUnrated = (int) data.plans()
			.stream()
			.filter(p -> !p.actions().isEmpty() && count(p.actions()).get(Rag.NONE) * 4 > p.actions().size())
			.count();
		List<Count> rows = RagView.ORDER.stream()
			.map(r -> new Count(r.csv(), counts.get(r), Prose.percent(counts.get(r), total)))
			.toList();
		LondonMovement movement = LondonMovement.of(data).orElse(null);
		Chart chart = chart(counts, total);
		List<Chart> shown = new ArrayList<>(List.of(chart));
		Chart movementChart = null;
		if (movement != null && movement.moved()) {
			movementChart = movementChart(movement);
			shown.add(movementChart);
		}
		return Optional.of(
				Section
					.of("rag", movement == null ? "RAG position" : "RAG position and movement since last quarter",
							"review/rag.ftl",
							new Model(total, rows, mostlyUnrated, chart, movement, movementChart,
									Timescales.of(data.plans(), data.quarter())))
					.withCharts(shown)
					.runOn());
	}

	static Map<Rag, Long> count(List<Action> actions) {
		Map<Rag, Long> counts = new EnumMap<>(Rag.class);
		for (Rag rag : Rag.values()) {
			counts.put(rag, 0L);
		}
		actions.forEach(a -> counts.merge(a.rag(), 1L, Long::sum));
		return counts;
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
		DataTable table = new DataTable("RAG ratings of all actions", "Rating", List.of("Actions", "Share"),
				RagView.ORDER.stream()
					.map(r -> new DataTable.Row(RagView.labelOf(r),
							List.of(Prose.figure(counts.get(r)), Prose.percent(counts.get(r), total))))
					.toList(),
				List.of(true, true));
		return new Chart("chart-rag",
				this.charts.horizontalBars("chart-rag", alt, bars, "Actions", 0, SvgCharts.HALF_WIDTH), alt, table);
	}

	private Chart movementChart(LondonMovement m) {
		Map<Movement, Integer> moved = new EnumMap<>(Movement.class);
		moved.put(Movement.TURNED_GREEN, m.turnedGreen());
		moved.put(Movement.IMPROVED, m.improved());
		moved.put(Movement.COMPLETED, m.completed());
		moved.put(Movement.WORSENED, m.worsened());
		moved.put(Movement.TURNED_RED, m.turnedRed());
		moved.put(Movement.ADDED, m.added());
		moved.put(Movement.DROPPED, m.dropped());
		moved.put(Movement.NEWLY_RATED, m.newlyRated());
		moved.put(Movement.NO_LONGER_RATED, m.noLongerRated());
		List<Movement> shown = CHARTED.stream()
			.filter(x -> moved.get(x) > 0 || x != Movement.NEWLY_RATED && x != Movement.NO_LONGER_RATED)
			.toList();
		List<SvgCharts.Bar> bars = shown.stream()
			.map(x -> new SvgCharts.Bar(Prose.capitalise(x.csv()), moved.get(x), Prose.figure(moved.get(x)), colour(x)))
			.toList();
		String alt = "Bar chart of how the actions of the " + Prose.figures(m.compared(), "plan", "plans")
				+ " reviewed in both quarters moved since " + m.previousQuarter() + ": "
				+ Prose.list(shown.stream().map(x -> x.csv() + " " + Prose.figure(moved.get(x))).toList()) + ".";
		DataTable table = new DataTable("Actions by movement since " + m.previousQuarter(), "Movement",
				List.of("Actions"),
				shown.stream()
					.map(x -> new DataTable.Row(Prose.capitalise(x.csv()), List.of(Prose.figure(moved.get(x)))))
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

}
