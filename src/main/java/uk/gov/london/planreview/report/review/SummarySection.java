package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.report.Items;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
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
 * Summary of the plans: the templates in use, how many actions, and the overall standard
 * in figures — the share of actions with an outcome, a named lead, timescales and a RAG
 * rating — with completeness by plan as a chart, mandatory coverage, sign-off and how
 * much rests on the police alone.
 */
@Component
@Order(200)
public class SummarySection implements ReviewSection {

	private final SvgCharts charts;

	SummarySection(SvgCharts charts) {
		this.charts = charts;
	}

	public record Model(String versions, String actions, String standard, String headline, List<Carry> carry,
			String mandatory, String signOff, String police, Chart chart) {
	}

	/** One thing every action should carry, and how many actions carry it. */
	public record Carry(String item, String have, String share) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		List<PlanView> plans = data.plans();
		if (plans.isEmpty()) {
			return Optional.empty();
		}
		int total = data.totalActions();
		List<ActionCheck> checks = plans.stream().flatMap(p -> p.checks().stream()).toList();
		List<Carry> carry = new ArrayList<>();
		for (Item item : Items.counted(data.weights().fields())) {
			long have = checks.stream().filter(c -> !c.missing().contains(item)).count();
			carry.add(new Carry(Items.heading(item), Prose.figure(have), Prose.percent(have, total)));
		}
		long withDates = checks.stream().filter(c -> c.missing().stream().noneMatch(Items.DATES::contains)).count();
		carry.add(new Carry("Timescales (both a start and an end date)", Prose.figure(withDates),
				Prose.percent(withDates, total)));

		String headline = "Of the " + Prose.figures(total, "action", "actions") + " in the plans, "
				+ share(checks, Item.OUTCOME, total) + " have an outcome, " + share(checks, Item.LEAD, total)
				+ " a named lead, " + Prose.percent(withDates, total) + " (" + Prose.figure(withDates)
				+ ") start and end dates, and " + share(checks, Item.RAG, total) + " a RAG rating.";

		double median = data.benchmarks().completeness().median();
		String standard = "Overall the standard of the action plans is " + Standards.of(median)
				+ ": the median plan scores " + Scores.format(median)
				+ " out of 100 for completeness (how fully its actions carry what every action should), "
				+ "and the middle half of plans score between " + data.benchmarks().completeness().lowerText() + " and "
				+ data.benchmarks().completeness().upperText() + ".";

		PlanView most = plans.stream().max(Comparator.comparingInt((PlanView p) -> p.actions().size())).orElseThrow();
		PlanView fewest = plans.stream().min(Comparator.comparingInt((PlanView p) -> p.actions().size())).orElseThrow();
		String actions = plans.size() == 1 ? "The plan has " + Prose.figures(total, "action", "actions") + "."
				: "Together the plans hold " + Prose.figures(total, "action", "actions") + ": a median of "
						+ MethodAppendix.number(data.benchmarks().actions().median()) + " a plan, from "
						+ Prose.figure(fewest.actions().size()) + " (" + fewest.name() + ") to "
						+ Prose.figure(most.actions().size()) + " (" + most.name() + ").";

		long fullCoverage = plans.stream().filter(p -> p.score().mandatoryCoverage() >= 100).count();
		String mandatory = "The median plan’s mandatory coverage is "
				+ data.benchmarks().mandatoryCoverage().medianText() + " out of 100; "
				+ Prose.proportion(fullCoverage, plans.size(), "plan", "plans") + " "
				+ (fullCoverage <= 1 ? "has" : "have")
				+ " every mandatory action of its template in place and filled in.";

		String signOff = signOff(plans);
		long policeHeavy = plans.stream().filter(p -> p.score().policeShare() > 0.5).count();
		String police = "The median share of actions led by the police alone is "
				+ data.benchmarks().policeShare().medianText() + ". "
				+ (policeHeavy == 0 ? "In no plan are more than half of the actions led by the police alone." : Prose
					.capitalise(Prose.proportion(policeHeavy, plans.size(), "plan", "plans")) + " "
						+ (policeHeavy == 1 ? "relies" : "rely") + " on the police alone for more than half of "
						+ (policeHeavy == 1 ? "its" : "their") + " actions: "
						+ Prose.list(
								plans.stream().filter(p -> p.score().policeShare() > 0.5).map(PlanView::name).toList())
						+ ".");

		return Optional.of(Section
			.of("summary", "Summary of the plans", "review/summary.ftl",
					new Model(versions(data), actions, standard, headline, carry, mandatory, signOff, police,
							completenessChart(plans)))
			.withHeadings(List.of(new Section.Heading("summary-completeness", "Completeness by plan"))));
	}

	private static String share(List<ActionCheck> checks, Item item, int total) {
		long have = checks.stream().filter(c -> !c.missing().contains(item)).count();
		return Prose.percent(have, total) + " (" + Prose.figure(have) + ")";
	}

	private static String versions(ReviewData data) {
		Map<String, Long> byVersion = new LinkedHashMap<>();
		data.plans()
			.stream()
			.map(p -> p.score().templateVersion())
			.sorted(Comparator.reverseOrder())
			.forEach(v -> byVersion.merge(v, 1L, Long::sum));
		int plans = data.plans().size();
		if (byVersion.size() == 1) {
			String version = byVersion.keySet().iterator().next();
			return Prose.capitalise(Prose.proportion(plans, plans, "plan", "plans")) + " "
					+ (plans == 1 ? "uses" : "use") + " the " + data.templateTitle(version)
					+ " template, with a governance section and a section for each theme.";
		}
		List<String> parts = new ArrayList<>();
		byVersion.forEach((version, count) -> parts
			.add(Prose.count(count) + " the " + data.templateTitle(version) + " template"));
		return "The plans use " + byVersion.size() + " versions of the common template: " + Prose.list(parts)
				+ ". Themes of older templates are reported under the 2021 theme they correspond to.";
	}

	private static String signOff(List<PlanView> plans) {
		List<PlanView> required = plans.stream().filter(p -> p.score().signedOff() != SignOff.NOT_REQUIRED).toList();
		if (required.isEmpty()) {
			return "None of the plans uses a template that asks for sign-off.";
		}
		long yes = required.stream().filter(p -> p.score().signedOff() == SignOff.YES).count();
		List<String> partly = required.stream()
			.filter(p -> p.score().signedOff() == SignOff.PARTLY)
			.map(PlanView::name)
			.toList();
		List<String> no = required.stream()
			.filter(p -> p.score().signedOff() == SignOff.NO)
			.map(PlanView::name)
			.toList();
		StringBuilder text = new StringBuilder();
		text.append(Prose.capitalise(Prose.proportion(yes, required.size(), "plan that asks", "plans that ask")))
			.append(" for sign-off by the Chief Executive, the Leader or elected Mayor and the BCU Commander ")
			.append(yes == 1 ? "is" : "are")
			.append(" fully signed off.");
		if (!partly.isEmpty()) {
			text.append(" Partly signed off: ").append(Prose.list(partly)).append('.');
		}
		if (!no.isEmpty()) {
			text.append(" Not signed off: ").append(Prose.list(no)).append('.');
		}
		if (required.size() < plans.size()) {
			text.append(" The 2017 template asked for no sign-off, so ")
				.append(Prose.count(plans.size() - required.size(), "plan is", "plans are"))
				.append(" not judged on it.");
		}
		return text.toString();
	}

	private Chart completenessChart(List<PlanView> plans) {
		List<PlanView> ordered = plans.stream()
			.sorted(Comparator.comparingDouble((PlanView p) -> p.score().completeness())
				.reversed()
				.thenComparing(PlanView::name))
			.toList();
		List<SvgCharts.Bar> bars = ordered.stream()
			.map(p -> new SvgCharts.Bar(p.name(), p.score().completeness(), Scores.format(p.score().completeness()),
					null))
			.toList();
		PlanView top = ordered.get(0);
		PlanView bottom = ordered.get(ordered.size() - 1);
		String alt = "Bar chart of completeness by plan, out of 100, highest first: from "
				+ Scores.format(top.score().completeness()) + " (" + top.name() + ") to "
				+ Scores.format(bottom.score().completeness()) + " (" + bottom.name()
				+ "). The table that follows gives every plan’s figure.";
		DataTable table = new DataTable("Completeness by plan, highest first (scores.csv: completeness)", "Plan",
				List.of("Actions", "Completeness"),
				ordered.stream()
					.map(p -> new DataTable.Row(p.name(),
							List.of(Prose.figure(p.actions().size()), Scores.format(p.score().completeness()))))
					.toList(),
				List.of(true, true));
		return new Chart("chart-completeness", this.charts.horizontalBars("chart-completeness", alt, bars,
				"Completeness, out of 100", 100, SvgCharts.WIDTH), alt, table);
	}

}
