package uk.gov.london.planreview.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.london.planreview.goodpractice.WeakArea;

/**
 * Linking up across London, area by area (an area is a theme): the partnerships with a
 * gap there and those whose offers answer one, as linking-up.csv lists them.
 *
 * @param areas the areas with a gap, those with the most partnerships to link first
 * @param gaps the weak areas of all plans
 * @param answered the weak areas with at least one offer
 * @param helped the partnerships with at least one offer
 * @param helpers the partnerships making at least one offer
 */
public record Links(List<Area> areas, int gaps, int answered, int helped, int helpers) {

	/**
	 * One area: who has a gap there (only counted in the review), and who could help.
	 *
	 * @param withGap the partnerships with a gap in the area, by name
	 * @param answered how many of them have at least one offer
	 * @param helpers who makes offers, the most offers first
	 */
	public record Area(String theme, List<String> withGap, int answered, List<String> helpers) {
	}

	public static Links of(ReviewData data) {
		Map<String, List<WeakArea>> byTheme = new LinkedHashMap<>();
		data.weakAreas().forEach(a -> byTheme.computeIfAbsent(a.theme(), t -> new ArrayList<>()).add(a));
		List<Area> areas = new ArrayList<>();
		byTheme.forEach((theme, weak) -> {
			Map<String, Integer> offers = new LinkedHashMap<>();
			weak.forEach(
					a -> a.offers().forEach(o -> offers.merge(Prose.authorities(o.authorities()), 1, Integer::sum)));
			List<String> helpers = offers.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
				.map(Map.Entry::getKey)
				.toList();
			areas.add(new Area(theme,
					weak.stream().map(a -> Prose.authorities(a.authorities())).distinct().sorted().toList(),
					(int) weak.stream().filter(a -> !a.offers().isEmpty()).count(), helpers));
		});
		List<String> order = data.catalogue().reportedThemes();
		areas.sort(Comparator.comparingInt((Area a) -> -a.withGap().size())
			.thenComparingInt(a -> order.indexOf(a.theme())));
		Set<String> helpers = new LinkedHashSet<>();
		data.weakAreas().forEach(a -> a.offers().forEach(o -> helpers.add(o.planId())));
		return new Links(List.copyOf(areas), data.weakAreas().size(),
				(int) data.weakAreas().stream().filter(a -> !a.offers().isEmpty()).count(),
				(int) data.weakAreas()
					.stream()
					.filter(a -> !a.offers().isEmpty())
					.map(WeakArea::planId)
					.distinct()
					.count(),
				helpers.size());
	}

}
