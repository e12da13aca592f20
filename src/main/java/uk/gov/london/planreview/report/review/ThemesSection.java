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
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;

/**
 * Theme by theme: how many plans have actions in each theme, how complete they are, which
 * plans are most complete there, and which mandatory actions are missing or left as the
 * template wrote them, and where.
 */
@Component
@Order(400)
public class ThemesSection implements ReviewSection {

	public record Model(List<ThemeView> themes) {
	}

	/**
	 * @param median the median completeness of the plans with actions in the theme, or
	 * "–" when none has
	 */
	public record ThemeView(String id, String name, int plansWith, String plansWithPhrase, String actions,
			String median, String range, String mostComplete, List<Gap> missing, List<Gap> notFilledIn, int gapCount) {
	}

	/** A mandatory action and the plans that lack it. */
	public record Gap(String ref, String text, String plans) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		if (data.plans().isEmpty()) {
			return Optional.empty();
		}
		List<ThemeView> themes = new ArrayList<>();
		List<Section.Heading> headings = new ArrayList<>();
		int number = 0;
		for (String theme : data.catalogue().reportedThemes()) {
			List<PlanView> expecting = new ArrayList<>();
			List<PlanView> with = new ArrayList<>();
			int actions = 0;
			for (PlanView plan : data.plans()) {
				ThemeScore score = themeScore(plan, theme);
				if (score == null) {
					continue;
				}
				expecting.add(plan);
				if (score.actions() > 0) {
					with.add(plan);
					actions += score.actions();
				}
			}
			if (expecting.isEmpty()) {
				continue;
			}
			number++;
			String id = "theme-" + number;
			Quartiles q = data.benchmarks().theme(theme);
			double best = with.stream().mapToDouble(p -> themeScore(p, theme).completeness()).max().orElse(0);
			List<String> bestPlans = with.stream()
				.filter(p -> themeScore(p, theme).completeness() == best)
				.map(PlanView::name)
				.sorted()
				.toList();
			String mostComplete = with.isEmpty() ? ""
					: "Most complete: " + Prose.list(bestPlans) + " (" + Scores.format(best) + ").";
			List<Gap> missing = gaps(data, theme, true);
			List<Gap> notFilled = gaps(data, theme, false);
			int gapCount = (int) data.plans()
				.stream()
				.flatMap(p -> p.score().mandatoryGaps().stream())
				.filter(g -> g.theme().equals(theme))
				.count();
			themes.add(new ThemeView(id, theme, with.size(),
					Prose.capitalise(Prose.proportion(with.size(), data.plans().size(), "plan", "plans")),
					Prose.figure(actions), q == null ? "–" : q.medianText(),
					q == null ? "" : q.lowerText() + " to " + q.upperText(), mostComplete, missing, notFilled,
					gapCount));
			headings.add(new Section.Heading(id, theme));
		}
		return Optional
			.of(Section.of("themes", "Theme by theme", "review/themes.ftl", new Model(themes)).withHeadings(headings));
	}

	static ThemeScore themeScore(PlanView plan, String theme) {
		return plan.score().themes().stream().filter(t -> t.theme().equals(theme)).findFirst().orElse(null);
	}

	private static List<Gap> gaps(ReviewData data, String theme, boolean missing) {
		Map<String, List<String>> plansByAction = new LinkedHashMap<>();
		Map<String, MandatoryGap> first = new LinkedHashMap<>();
		for (PlanView plan : data.plans()) {
			for (MandatoryGap gap : plan.score().mandatoryGaps()) {
				if (gap.theme().equals(theme) && gap.missing() == missing) {
					String key = gap.templateRef() + "\n" + gap.text();
					plansByAction.computeIfAbsent(key, k -> new ArrayList<>()).add(plan.name());
					first.putIfAbsent(key, gap);
				}
			}
		}
		return plansByAction.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.map(e -> new Gap(first.get(e.getKey()).templateRef(), first.get(e.getKey()).text(),
					Prose.list(e.getValue().stream().sorted().toList())))
			.toList();
	}

}
