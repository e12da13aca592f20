package uk.gov.london.planreview.report.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.report.Benchmarks;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.report.chart.Chart;
import uk.gov.london.planreview.report.chart.DataTable;
import uk.gov.london.planreview.report.chart.SvgCharts;
import uk.gov.london.planreview.scoring.PlanScore;

/**
 * The plan's scores beside London's lower quartile, median and upper quartile, as a table
 * and a chart.
 */
@Component
@Order(200)
public class ScoresSection implements FeedbackSection {

	private final SvgCharts charts;

	ScoresSection(SvgCharts charts) {
		this.charts = charts;
	}

	public record Model(List<Row> rows, Chart chart) {
	}

	/** One score: the plan's figure, London's quartiles, and where the plan stands. */
	public record Row(String name, String plan, String lower, String median, String upper, String position) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		PlanView plan = data.plan();
		PlanScore s = plan.score();
		Benchmarks b = data.london().benchmarks();
		List<Row> rows = List.of(row("Overall score", s.overall(), Scores.format(s.overall()), b.overall(), true),
				row("Completeness", s.completeness(), Scores.format(s.completeness()), b.completeness(), true),
				row("Mandatory coverage", s.mandatoryCoverage(), Scores.format(s.mandatoryCoverage()),
						b.mandatoryCoverage(), true),
				row("Partnership breadth", s.partnershipBreadth(), Scores.format(s.partnershipBreadth()),
						b.partnershipBreadth(), true),
				row("Police share (0 to 1; lower is broader)", s.policeShare(), Scores.formatShare(s.policeShare()),
						b.policeShare(), false),
				row("Kinds of partner leading actions", s.partnerCategories().size(),
						Integer.toString(s.partnerCategories().size()), b.partnerCategories(), true),
				row("Actions", s.actions(), Integer.toString(s.actions()), b.actions(), true));
		List<String> names = List.of("Overall", "Completeness", "Mandatory coverage", "Partnership breadth");
		List<Double> mine = List.of(s.overall(), s.completeness(), s.mandatoryCoverage(), s.partnershipBreadth());
		List<Double> london = List.of(b.overall().median(), b.completeness().median(), b.mandatoryCoverage().median(),
				b.partnershipBreadth().median());
		String alt = "Bar chart comparing this plan’s scores with the London median, out of 100: overall "
				+ Scores.format(s.overall()) + " against " + b.overall().medianText() + ", completeness "
				+ Scores.format(s.completeness()) + " against " + b.completeness().medianText()
				+ ", mandatory coverage " + Scores.format(s.mandatoryCoverage()) + " against "
				+ b.mandatoryCoverage().medianText() + ", partnership breadth " + Scores.format(s.partnershipBreadth())
				+ " against " + b.partnershipBreadth().medianText() + ".";
		DataTable table = new DataTable("This plan’s scores and the London median (scores.csv)", "Score",
				List.of("This plan", "London median"),
				List.of(new DataTable.Row("Overall", List.of(Scores.format(s.overall()), b.overall().medianText())),
						new DataTable.Row("Completeness",
								List.of(Scores.format(s.completeness()), b.completeness().medianText())),
						new DataTable.Row("Mandatory coverage",
								List.of(Scores.format(s.mandatoryCoverage()), b.mandatoryCoverage().medianText())),
						new DataTable.Row("Partnership breadth",
								List.of(Scores.format(s.partnershipBreadth()), b.partnershipBreadth().medianText()))),
				List.of(true, true));
		Chart chart = new Chart("chart-scores", this.charts.comparedBars("chart-scores", alt, names, "This plan", mine,
				"London median", london, "Score, out of 100", 100), alt, table);
		return Optional.of(Section.of("scores", "Scores beside London", "feedback/scores.ftl", new Model(rows, chart))
			.withHeadings(List.of(new Section.Heading("scores-chart", "The plan and the London median"))));
	}

	private static Row row(String name, double value, String text, Quartiles q, boolean higherIsBetter) {
		return new Row(name, text, q.lowerText(), q.medianText(), q.upperText(), position(value, q, higherIsBetter));
	}

	/** Where a value stands among London's plans, in words. */
	static String position(double value, Quartiles q, boolean higherIsBetter) {
		if (q.count() < 2) {
			return "the only plan";
		}
		String text;
		if (value == q.median()) {
			text = "at the median";
		}
		else if (value > q.median()) {
			text = value >= q.upper() ? "in the top quarter" : "above the median";
		}
		else {
			text = value <= q.lower() ? "in the bottom quarter" : "below the median";
		}
		if (!higherIsBetter) {
			return value == q.median() ? "as reliant on the police as the median plan"
					: value > q.median() ? "more reliant on the police alone than most plans"
							: "less reliant on the police alone than most plans";
		}
		return text;
	}

}
