package uk.gov.london.planreview.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.london.planreview.sample.PlanProfile.Planting;
import uk.gov.london.planreview.sample.Vocabulary.Idea;

/**
 * What is planted in a plan, by theme order: the good practice its profile asks for (as
 * local or, in 2023 plans, developing actions), generic developing actions, and near
 * misses. The ground truth is read back from where these land.
 */
record Plantings(Map<Integer, List<Idea>> local, Map<Integer, List<Idea>> developing,
		Map<Integer, List<Idea>> genericDeveloping, Map<Integer, List<Idea>> nearMisses) {

	static Plantings draw(Composition plan) {
		boolean is2023 = plan.is("2023");
		Map<Integer, List<Idea>> local = new LinkedHashMap<>();
		Map<Integer, List<Idea>> developing = new LinkedHashMap<>();
		for (Planting planting : plan.profile.goodPractice()) {
			List<Idea> variants = plan.words.goodPractice.get(planting.category());
			if (variants == null) {
				throw new IllegalArgumentException("Unknown good-practice category " + planting.category());
			}
			Idea idea = planting.variant() >= 0 ? variants.get(planting.variant() % variants.size())
					: plan.dice.pick(variants);
			boolean asDeveloping = is2023 && plan.dice.chance(0.3);
			(asDeveloping ? developing : local).computeIfAbsent(themeOrder(plan, idea.theme()), k -> new ArrayList<>())
				.add(idea);
		}
		Map<Integer, List<Idea>> generic = new LinkedHashMap<>();
		if (is2023) {
			List<Idea> pool = plan.words.actions.stream().filter(i -> "developing".equals(i.key())).toList();
			for (Idea idea : plan.dice.sample(pool, plan.dice.between(1, 3))) {
				generic.computeIfAbsent(idea.theme(), k -> new ArrayList<>()).add(idea);
			}
		}
		Map<Integer, List<Idea>> nearMisses = new LinkedHashMap<>();
		for (int index : plan.profile.nearMisses()) {
			Idea idea = plan.words.nearMisses.get(index % plan.words.nearMisses.size());
			nearMisses.computeIfAbsent(themeOrder(plan, idea.theme()), k -> new ArrayList<>()).add(idea);
		}
		return new Plantings(local, developing, generic, nearMisses);
	}

	/**
	 * VAWG (theme 8) exists only from 2023; older plans put such work under victims.
	 */
	private static int themeOrder(Composition plan, int theme) {
		return theme <= plan.version.themes().size() ? theme : 6;
	}

}
