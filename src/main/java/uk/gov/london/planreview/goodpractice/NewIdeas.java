package uk.gov.london.planreview.goodpractice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Good practice no one has listed yet: sound local or developing actions that no category
 * describes, whose wording is not a mandatory action's, that do not repeat what their
 * template's mandatory actions in the theme ask, and that few plans share — no more than
 * {@link GoodPracticeSettings#newIdeaMaxPlans()} have an action worded like it
 * ({@link WordingIndex}). The review lists them for a reviewer to name; a reviewer who
 * names one adds it to the categories, and the next run finds it by its phrasings.
 */
final class NewIdeas {

	/** The category of an idea no category file names yet. */
	static final String CATEGORY = GoodPractice.NEW_IDEA;

	static final String NAME = "New idea, to be named";

	private final GoodPracticeFinder finder;

	private final GoodPracticeSettings settings;

	NewIdeas(GoodPracticeFinder finder, GoodPracticeSettings settings) {
		this.finder = finder;
		this.settings = settings;
	}

	/**
	 * The new ideas among the actions: the fewest plans first, then the most complete.
	 */
	List<GoodPractice> find(List<ActionWording> actions, int plans) {
		WordingIndex index = WordingIndex.of(actions.stream().map(ActionWording::text).toList());
		record Found(ActionWording action, int plans) {
		}
		List<Found> found = new ArrayList<>();
		Set<String> outOfDate = this.finder.outOfDate();
		Map<String, Set<String>> plansAlike = new HashMap<>();
		for (int i = 0; i < actions.size(); i++) {
			ActionWording a = actions.get(i);
			if (!a.beyondTemplate() || !a.sound() || outOfDate.contains(a.planId())
					|| this.finder.category(a.text()).isPresent()
					|| this.finder.nearMandatory(a.text(), a.templateVersion())
					|| this.finder.repeatsMandatory(a.text(), a.templateVersion(), a.theme())) {
				continue;
			}
			// The same wording in many plans is looked up once.
			int document = i;
			Set<String> alike = new TreeSet<>(plansAlike.computeIfAbsent(a.text(),
					t -> index.similar(index.query(document), this.settings.similarWording())
						.stream()
						.map(hit -> actions.get(hit.document()).planId())
						.collect(Collectors.toCollection(TreeSet::new))));
			alike.add(a.planId());
			if (alike.size() <= this.settings.newIdeaMaxPlans()) {
				found.add(new Found(a, alike.size()));
			}
		}
		return found.stream()
			.sorted(Comparator.comparingInt(Found::plans)
				.thenComparing(f -> -f.action().completeness())
				.thenComparing(f -> f.action().planId())
				.thenComparing(f -> f.action().sheet())
				.thenComparingInt(f -> f.action().row()))
			.map(f -> practice(f.action(), f.plans(), plans))
			.toList();
	}

	private static GoodPractice practice(ActionWording a, int withIdea, int plans) {
		String why = "no listed idea describes it; "
				+ (withIdea == 1 ? "no other plan has an action worded like it"
						: withIdea - 1 + " other plan" + (withIdea == 2 ? " has" : "s have")
								+ " an action worded like it")
				+ "; " + a.type().csv() + " action; outcome: \"" + GoodPracticeFinder.shorten(a.outcome())
				+ "\"; lead: " + a.lead();
		return new GoodPractice(a.planId(), a.authorities(), a.sourceFile(), a.sheet(), a.row(), a.theme(), CATEGORY,
				NAME, a.ref(), a.type().csv(), a.text(), a.outcome(), a.lead(), a.leadOrganisations(), List.of(),
				withIdea, plans, 0, why);
	}

}
