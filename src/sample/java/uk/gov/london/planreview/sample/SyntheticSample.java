package uk.gov.london.planreview.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.gov.london.planreview.sample.PlanProfile.Planting;
import uk.gov.london.planreview.sample.PlanProfile.Police;
import uk.gov.london.planreview.sample.PlanProfile.Quality;
import uk.gov.london.planreview.sample.SyntheticAuthorities.District;

/**
 * Plans for synthetic districts: each takes the shape (template, layout, quality, quirks)
 * of one of the London plans and is written afresh from its own dice, so the wording
 * differs from its model's.
 */
final class SyntheticSample {

	private SyntheticSample() {
	}

	static List<PlanProfile> profiles(List<District> districts, List<PlanProfile> london) {
		List<PlanProfile> shapes = london.stream().filter(p -> p.onsCodes().size() == 1).toList();
		List<String> categories = List.copyOf(Vocabulary.get().goodPractice.keySet());
		int nearMisses = Vocabulary.get().nearMisses.size();
		List<PlanProfile> profiles = new ArrayList<>();
		for (District district : districts) {
			String code = district.authority().onsCode();
			String name = district.authority().name();
			Dice dice = new Dice(code, "profile");
			PlanProfile shape = dice.pick(shapes);
			String cover = dice.pick(name + " Borough Council", name + " Council", "Borough of " + name,
					name + " City Council", name);
			String csp = dice.pick("Safer " + name + " Partnership", name + " Community Safety Partnership",
					"Safer " + name);
			String years = Map.of("2017", "2017-18", "2021", "2021-22", "2023", "2023-24").get(shape.version());
			String file = name + " " + dice.pick("VVRAP", "Violence Reduction Action Plan", "violence plan") + " "
					+ years + "." + shape.format().extension();
			int planted = switch (shape.quality()) {
				case EXEMPLARY -> 5;
				case TYPICAL -> dice.between(1, 3);
				case HALF_EMPTY -> dice.between(0, 1);
				default -> 0;
			};
			List<Planting> plantings = dice.sample(categories, planted).stream().map(c -> new Planting(c, -1)).toList();
			List<Integer> misses = shape.quality() == Quality.TYPICAL && dice.chance(0.5)
					? List.of(dice.between(0, nearMisses - 1)) : List.of();
			profiles.add(new PlanProfile(file, List.of(code), cover, name, csp, shape.version(), shape.format(),
					shape.layout(), shape.quality(), shape.ragMode(), shape.signOff(), shape.dateMode(), shape.quirks(),
					plantings, misses, new Police(district.force(), district.authority().bcu(), false)));
		}
		return profiles;
	}

}
