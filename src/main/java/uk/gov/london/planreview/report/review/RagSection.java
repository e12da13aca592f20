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

import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.RagView;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.chart.Chart;
import uk.gov.london.planreview.report.chart.DataTable;
import uk.gov.london.planreview.report.chart.SvgCharts;

/** RAG position: how London's actions are rated, as a chart and a table, and plan by plan. */
@Component
@Order(600)
public class RagSection implements ReviewSection {

	private final SvgCharts charts;

	RagSection(SvgCharts charts) {
		this.charts = charts;
	}

	public record Model(String summary, String unrated, Chart chart, List<RagView> ratings, List<PlanRow> rows) {
	}

	/** A plan's count of actions at each rating, in {@link RagView#ORDER}. */
	public record PlanRow(String plan, List<Long> counts, int actions) {
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
				parts.add(Prose.figure(n) + " (" + Prose.percent(n, total) + ") " + (rag == Rag.COMPLETE ? "are complete" : "are rated " + RagView.labelOf(rag).toLowerCase()));
			}
		}
		String summary = "Of the " + Prose.figures(total, "action", "actions") + " in the plans, " + (parts.isEmpty() ? "none is rated" : Prose.list(parts)) + ".";
		long none = counts.get(Rag.NONE);
		List<String> mostlyUnrated = data.plans()
			.stream()
			.filter(p -> !p.actions().isEmpty() && count(p.actions()).get(Rag.NONE) * 4 > p.actions().size())
			.map(PlanView::name)
			.toList();
		String unrated = none == 0 ? "Every action has a RAG rating."
				: Prose.capitalise(Prose.count(none)) + " " + (none == 1 ? "action has" : "actions have") + " no RAG rating ("
						+ Prose.percent(none, total) + ")"
						+ (mostlyUnrated.isEmpty() ? "." : "; in " + Prose.list(mostlyUnrated) + " more than a quarter of the actions are unrated.");
		List<PlanRow> rows = data.plans()
			.stream()
			.sorted(Comparator.comparing(PlanView::name))
			.map(p -> new PlanRow(p.name(), RagView.ORDER.stream().map(count(p.actions())::get).toList(), p.actions().size()))
			.toList();
		return Optional.of(Section.of("rag", "RAG position", "review/rag.ftl",
				new Model(summary, unrated, chart(counts, total), RagView.ORDER.stream().map(RagView::of).toList(), rows))
			.withHeadings(List.of(new Section.Heading("rag-by-plan", "RAG ratings plan by plan"))));
	}

	static Map<Rag, Long> count(List<Action> actions) {
		Map<Rag, Long> counts = new EnumMap<>(Rag.class);
		for (Rag rag : Rag.values()) {
			counts.put(rag, 0L);
		}
		actions.forEach(a -> counts.merge(a.rag(), 1L, Long::sum));
		return counts;
	}

	/** The chart's colours; each bar also carries its rating's name on the axis and its count as a label. */
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
			.map(r -> new SvgCharts.Bar(RagView.labelOf(r), counts.get(r), Prose.figure(counts.get(r)) + " (" + Prose.percent(counts.get(r), total) + ")", colour(r)))
			.toList();
		String alt = "Bar chart of the RAG ratings of all " + Prose.figure(total) + " actions: "
				+ Prose.list(RagView.ORDER.stream().map(r -> RagView.labelOf(r).toLowerCase() + " " + Prose.figure(counts.get(r))).toList()) + ".";
		DataTable table = new DataTable("RAG ratings of all actions (actions.csv: rag)", "Rating", List.of("Actions", "Share"),
				RagView.ORDER.stream()
					.map(r -> new DataTable.Row(RagView.labelOf(r), List.of(Prose.figure(counts.get(r)), Prose.percent(counts.get(r), total))))
					.toList(),
				List.of(true, true));
		return new Chart("chart-rag", this.charts.horizontalBars("chart-rag", alt, bars, "Actions", 0, SvgCharts.HALF_WIDTH), alt, table);
	}

}
