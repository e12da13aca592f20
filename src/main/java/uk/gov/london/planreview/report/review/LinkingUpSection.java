package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.goodpractice.WeakArea;
import uk.gov.london.planreview.report.PracticeText;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;

/**
 * Linking up: MOPAC's convening role. The plans' weak areas, summed up area by area (a
 * theme as a whole, or an idea within it): which authorities have gaps there and which
 * have strong practice to share. Each offer, with its action and the lead to contact, is
 * in the plan's own feedback and in linking-up.csv.
 */
@Component
@Order(850)
public class LinkingUpSection implements ReviewSection {

	public record Model(String opening, String figures, List<Area> areas) {
	}

	/**
	 * An area some plans have gaps in: the plans with the gap and those who could help,
	 * in a sentence.
	 */
	public record Area(String name, String text) {
	}

	/**
	 * The plans with a gap in an area, and how many offers each other plan makes there.
	 */
	private record Gaps(List<String> plans, Map<String, Integer> offers) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		List<WeakArea> weak = data.weakAreas();
		if (weak.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Map<String, Gaps>> byTheme = new LinkedHashMap<>();
		for (WeakArea area : weak) {
			Gaps gaps = byTheme.computeIfAbsent(area.theme(), t -> new LinkedHashMap<>())
				.computeIfAbsent(area.categoryName(), c -> new Gaps(new ArrayList<>(), new LinkedHashMap<>()));
			gaps.plans().add(PracticeText.authorities(area.authorities()));
			new LinkedHashSet<>(area.offers().stream().map(o -> PracticeText.authorities(o.authorities())).toList())
				.forEach(who -> gaps.offers().merge(who, 1, Integer::sum));
		}
		List<Area> areas = new ArrayList<>();
		byTheme.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, Map<String, Gaps>> e) -> -plansWithGaps(e.getValue()))
				.thenComparing(Map.Entry::getKey))
			.forEach(theme -> theme.getValue()
				.entrySet()
				.stream()
				// The theme as a whole first, then the ideas within it, the widest gap
				// first.
				.sorted(Comparator.comparing((Map.Entry<String, Gaps> e) -> !e.getKey().isEmpty())
					.thenComparingInt(e -> -e.getValue().plans().size())
					.thenComparing(Map.Entry::getKey))
				.forEach(idea -> areas.add(area(theme.getKey(), idea.getKey(), idea.getValue()))));
		long plans = weak.stream().map(WeakArea::planId).distinct().count();
		long answered = weak.stream().filter(a -> !a.offers().isEmpty()).count();
		long offers = weak.stream().mapToLong(a -> a.offers().size()).sum();
		String opening = "In its convening role, MOPAC, working with the MPS and London Councils, can link up authorities that have "
				+ "particular good practice, expertise or experience in an area with authorities that have gaps there. A plan has a gap in "
				+ "an area where its actions in a theme are well below London’s median completeness, where a mandatory action is missing, "
				+ "or where an action is rated red. The authorities that could help are those with good practice in the area whose own "
				+ "actions there are at least as complete as London’s median.";
		String figures = "This quarter the review found " + Prose.figures(weak.size(), "gap", "gaps") + " in "
				+ Prose.proportion(plans, data.plans().size(), "plan", "plans") + ". For " + Prose.figure(answered)
				+ " of them, " + (answered == 1 ? "another authority has" : "other authorities have")
				+ " strong practice to share: " + Prose.figures(offers, "offer", "offers")
				+ " in all. They are summed up below, area by area. Each plan’s feedback "
				+ "lists the offers for its own gaps, with the action and the lead to contact; linking-up.csv has every gap and every offer in full.";
		return Optional
			.of(Section.of("linking-up", "Linking up", "review/linking-up.ftl", new Model(opening, figures, areas)));
	}

	private static int plansWithGaps(Map<String, Gaps> ideas) {
		return (int) ideas.values().stream().flatMap(g -> g.plans().stream()).distinct().count();
	}

	private static Area area(String theme, String idea, Gaps gaps) {
		String name = idea.isEmpty() ? theme : idea + " (" + theme + ")";
		List<String> plans = gaps.plans().stream().sorted().toList();
		String who = plans.size() > 3
				? Prose.capitalise(Prose.count(plans.size())) + " plans have gaps "
						+ (idea.isEmpty() ? "in this theme" : "here") + ": " + Prose.list(plans)
				: Prose.list(plans) + (plans.size() == 1 ? " has a gap " : " have gaps ")
						+ (idea.isEmpty() ? "in this theme" : "here");
		List<String> helpers = gaps.offers()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.toList();
		String help = helpers.isEmpty() ? "No other plan yet has strong practice to share here."
				: Prose.list(helpers) + " could help.";
		return new Area(name, who + ". " + help);
	}

}
