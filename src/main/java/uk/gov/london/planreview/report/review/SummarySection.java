package uk.gov.london.planreview.report.review;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.report.Items;
import uk.gov.london.planreview.report.London;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.Standards;
import uk.gov.london.planreview.report.chart.Chart;
import uk.gov.london.planreview.report.chart.DataTable;
import uk.gov.london.planreview.report.chart.SvgCharts;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.ActionCheck;
import uk.gov.london.planreview.scoring.SignOff;

/**
 * The overall standard of the plans in figures: the templates in use, how fully actions
 * carry what every action should (a chart), plans by band, mandatory coverage, sign-off
 * and how much rests on the police alone. London as a whole: no plan is named here.
 */
@Component
@Order(200)
public class SummarySection implements ReviewSection {

	private final SvgCharts charts;

	SummarySection(SvgCharts charts) {
		this.charts = charts;
	}

	/**
	 * @param versions the templates in use, the most used first
	 * @param completeness London's quartiles of completeness
	 */
	public record Model(London london, List<Version> versions, String standard, Quartiles completeness,
			Quartiles mandatory, Quartiles policeShare, String fewest, String most, double medianActions, Chart chart) {
	}

	/** A template version and how many plans use it. */
	public record Version(String id, String title, long plans) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		if (data.plans().isEmpty()) {
			return Optional.empty();
		}
		London london = London.of(data);
		Map<String, Long> byVersion = new LinkedHashMap<>();
		data.plans().forEach(p -> byVersion.merge(p.score().templateVersion(), 1L, Long::sum));
		List<Version> versions = byVersion.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
			.map(e -> new Version(e.getKey(), data.templateTitle(e.getKey()), e.getValue()))
			.toList();
		int fewest = data.plans().stream().mapToInt(p -> p.actions().size()).min().orElse(0);
		int most = data.plans().stream().mapToInt(p -> p.actions().size()).max().orElse(0);
		Chart chart = carryChart(london);
		return Optional.of(
				Section
					.of("summary", "The overall standard", "review/summary.ftl",
							new Model(london, versions, Standards.of(data.benchmarks().completeness().median()),
									data.benchmarks().completeness(), data.benchmarks().mandatoryCoverage(),
									data.benchmarks().policeShare(), Prose.figure(fewest), Prose.figure(most),
									data.benchmarks().actions().median(), chart))
					.withCharts(List.of(chart))
					.runOn());
	}

	private Chart carryChart(London london) {
		List<London.Carry> carried = london.carry()
			.stream()
			.sorted(Comparator.comparingLong(London.Carry::have).reversed())
			.toList();
		int total = london.actions();
		List<SvgCharts.Bar> bars = carried.stream()
			.map(c -> new SvgCharts.Bar(Items.heading(c.key()), total == 0 ? 0 : 100.0 * c.have() / total,
					c.share() + " (" + Prose.figure(c.have()) + ")", null))
			.toList();
		String alt = "Bar chart of the share of all " + Prose.figure(total)
				+ " actions that carry each thing every action should, the most carried first: "
				+ Prose.list(carried.stream().map(c -> Items.heading(c.key()).toLowerCase() + " " + c.share()).toList())
				+ ".";
		DataTable table = new DataTable("What actions carry", "What every action should carry",
				List.of("Actions that carry it", "Share of all actions"),
				carried.stream()
					.map(c -> new DataTable.Row(Items.heading(c.key()), List.of(Prose.figure(c.have()), c.share())))
					.toList(),
				List.of(true, true));
		return new Chart("chart-carry", this.charts.horizontalBars("chart-carry", alt, bars,
				"Share of all actions, per cent", 100, SvgCharts.WIDTH), alt, table);
	}

}
