package uk.gov.london.planreview.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.london.planreview.goodpractice.GoodPractice;

/**
 * The run's good practice as the documents present it: ideas few enough plans have to be
 * worth sharing, ideas most plans already have (common practice, by the settings'
 * threshold), and new ideas no category names yet.
 *
 * @param shared the ideas worth sharing, rarest first
 * @param common the ideas most plans have, the most widespread first
 * @param newIdeas sound local actions few plans share, for a reviewer to name
 */
public record Ideas(List<Idea> shared, List<Idea> common, List<GoodPractice> newIdeas) {

	/**
	 * One idea and its examples, in good-practice.csv's order (the strongest match
	 * first).
	 */
	public record Idea(String category, String name, int plansWith, List<GoodPractice> examples) {
	}

	public static Ideas of(ReviewData data) {
		Map<String, List<GoodPractice>> byIdea = new LinkedHashMap<>();
		List<GoodPractice> newIdeas = new ArrayList<>();
		for (GoodPractice p : data.practice()) {
			if (p.newIdea()) {
				newIdeas.add(p);
			}
			else {
				byIdea.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p);
			}
		}
		List<Idea> shared = new ArrayList<>();
		List<Idea> common = new ArrayList<>();
		byIdea.forEach((category, examples) -> {
			GoodPractice first = examples.get(0);
			Idea idea = new Idea(category, first.categoryName(), first.plansWithCategory(), List.copyOf(examples));
			(data.settings().commonPractice(idea.plansWith(), data.plans().size()) ? common : shared).add(idea);
		});
		common.sort((a, b) -> Integer.compare(b.plansWith(), a.plansWith()));
		return new Ideas(List.copyOf(shared), List.copyOf(common), List.copyOf(newIdeas));
	}

	/**
	 * The examples a document quotes: the first of each idea worth sharing, and the first
	 * new ideas.
	 */
	public List<GoodPractice> quoted(int perIdea, int newIdeasQuoted) {
		List<GoodPractice> quoted = new ArrayList<>();
		this.shared.forEach(i -> quoted.addAll(i.examples().stream().limit(perIdea).toList()));
		quoted.addAll(this.newIdeas.stream().limit(newIdeasQuoted).toList());
		return quoted;
	}

	/** The plans with at least one example of an idea worth sharing. */
	public long plansSharing() {
		return this.shared.stream().flatMap(i -> i.examples().stream()).map(GoodPractice::planId).distinct().count();
	}

	public int examplesShared() {
		return this.shared.stream().mapToInt(i -> i.examples().size()).sum();
	}

}
