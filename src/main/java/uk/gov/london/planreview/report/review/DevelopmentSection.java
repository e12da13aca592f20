package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.report.Items;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.SignOff;

/**
 * Areas for development across London: what actions most often lack and in which plans,
 * the mandatory actions most often missing, sign-off, reliance on the police, and the
 * least complete themes.
 */
@Component
@Order(800)
public class DevelopmentSection implements ReviewSection {

	/** How many of the most common gaps the section lists. */
	static final int TOP = 5;

	public record Model(String opening, List<Point> points) {
	}

	/** An area for development: a short title and what the figures show. */
	public record Point(String title, String text, List<String> details) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		List<PlanView> plans = data.plans();
		int total = data.totalActions();
		if (plans.isEmpty() || total == 0) {
			return Optional.empty();
		}
		List<Point> points = new ArrayList<>();

		List<String> itemLines = new ArrayList<>();
		Map<Item, Long> missing = new LinkedHashMap<>();
		for (Item item : Items.counted(data.weights().fields())) {
			missing.put(item, plans.stream().mapToLong(p -> p.missing(item)).sum());
		}
		missing.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.sorted(Map.Entry.<Item, Long>comparingByValue().reversed())
			.forEach(e -> {
				List<String> most = plans.stream()
					.filter(p -> !p.actions().isEmpty() && p.missing(e.getKey()) * 2 > p.actions().size())
					.map(PlanView::name)
					.toList();
				itemLines.add(Prose.figure(e.getValue()) + " " + (e.getValue() == 1 ? "action has " : "actions have ")
						+ Items.lacking(e.getKey()) + " (" + Prose.percent(e.getValue(), total) + ")" + (most.isEmpty()
								? "." : "; more than half of the actions lack it in " + Prose.list(most) + "."));
			});
		if (!itemLines.isEmpty()) {
			points.add(new Point("What actions lack",
					"Every action should carry an outcome (with a baseline where suitable), a named lead, start and end dates, progress to date, comments and a RAG rating. Across London:",
					itemLines));
		}

		Map<String, List<String>> byAction = new LinkedHashMap<>();
		for (PlanView plan : plans) {
			for (MandatoryGap gap : plan.score().mandatoryGaps()) {
				if (gap.missing()) {
					byAction.computeIfAbsent(gap.templateRef() + " " + gap.text(), k -> new ArrayList<>())
						.add(plan.name());
				}
			}
		}
		List<String> mandatoryLines = byAction.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.limit(TOP)
			.map(e -> e.getKey() + ": missing from " + Prose.count(e.getValue().size(), "plan", "plans") + " ("
					+ Prose.list(e.getValue().stream().sorted().toList()) + ").")
			.toList();
		if (!mandatoryLines.isEmpty()) {
			points.add(new Point("Mandatory actions missing",
					"The mandatory actions most often missing from the plans"
							+ (byAction.size() > TOP ? " (the " + Prose.count(TOP) + " most common)" : "") + ":",
					mandatoryLines));
		}

		List<String> notSigned = plans.stream()
			.filter(p -> p.score().signedOff() == SignOff.NO || p.score().signedOff() == SignOff.PARTLY)
			.map(p -> p.name()
					+ (p.score().signedOff() == SignOff.PARTLY ? " (partly signed off)" : " (not signed off)"))
			.toList();
		if (!notSigned.isEmpty()) {
			points.add(new Point("Sign-off",
					"A plan is signed off by the council’s Chief Executive, the Leader or elected Mayor, and the police BCU Commander, each with name, date and signature. Not yet complete for: "
							+ Prose.list(notSigned) + ".",
					List.of()));
		}

		List<String> heavy = plans.stream().filter(p -> p.score().policeShare() > 0.5).map(PlanView::name).toList();
		if (!heavy.isEmpty()) {
			points.add(new Point("Partnership",
					"Plans that are almost entirely police actions do not draw on the CSP’s wider work. More than half of the actions are led by the police alone in "
							+ Prose.list(heavy) + ": other partners should own actions where they have a part to play.",
					List.of()));
		}

		List<Map.Entry<String, Quartiles>> themes = data.catalogue()
			.reportedThemes()
			.stream()
			.filter(t -> data.benchmarks().theme(t) != null)
			.map(t -> Map.entry(t, data.benchmarks().theme(t)))
			.sorted(Comparator.comparingDouble((Map.Entry<String, Quartiles> e) -> e.getValue().median())
				.thenComparing(Map.Entry::getKey))
			.toList();
		if (themes.size() > 2) {
			points.add(new Point("Themes",
					"The least complete themes are " + themes.get(0).getKey() + " (median completeness "
							+ themes.get(0).getValue().medianText() + ") and " + themes.get(1).getKey() + " ("
							+ themes.get(1).getValue().medianText() + ").",
					List.of()));
		}
		if (points.isEmpty()) {
			return Optional.empty();
		}
		String opening = "A key aim of the review is to identify areas for improvement positively. Each CSP’s feedback lists precisely what to complete in its own plan; across London the figures point to these areas.";
		List<Section.Heading> headings = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			headings.add(new Section.Heading("development-" + (i + 1), points.get(i).title()));
		}
		return Optional
			.of(Section.of("development", "Areas for development", "review/development.ftl", new Model(opening, points))
				.withHeadings(headings));
	}

}
