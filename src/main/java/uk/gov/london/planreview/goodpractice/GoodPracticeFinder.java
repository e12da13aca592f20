package uk.gov.london.planreview.goodpractice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import uk.gov.london.planreview.goodpractice.CategoryClassifier.Match;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.scoring.ActionCompleteness;
import uk.gov.london.planreview.template.TemplateCatalogue;
import uk.gov.london.planreview.template.TemplateVersion;
import uk.gov.london.planreview.text.Words;

/**
 * Finds good practice in the run's plans, fed one plan at a time. A candidate is a sound
 * local or developing action (beyond the template: with an outcome, a named lead and a
 * date, rated green, amber or complete), whose wording is not close to any mandatory
 * action's, and that describes one of the categories. Candidates are ranked rarest idea
 * first: an idea few plans have is worth more to the others than one most plans have.
 * Every action is also kept, as {@link ActionWording}, for finding new ideas and linking
 * up.
 */
final class GoodPracticeFinder {

	/**
	 * Dice similarity to a mandatory action's wording at which an action counts as that
	 * mandatory action reworded, whatever its type says: the threshold at which ingest
	 * takes a row for a reworded mandatory action. Ingest matches each mandatory action
	 * to one row only, so a second near copy stays local; this keeps it off the list too.
	 */
	static final double NEAR_MANDATORY = 0.55;

	private static final int OUTCOME_QUOTED = 120;

	private final CategoryClassifier classifier;

	/** Template version → the stems of each of its mandatory actions. */
	private final Map<String, List<Set<String>>> mandatoryWordings = new LinkedHashMap<>();

	private final TemplateCatalogue catalogue;

	private final Map<String, Set<String>> ideasByPlan = new LinkedHashMap<>();

	private final Set<String> outOfDate = new LinkedHashSet<>();

	private final List<Candidate> candidates = new ArrayList<>();

	private final List<ActionWording> wordings = new ArrayList<>();

	private final ToDoubleFunction<Action> completeness;

	/**
	 * @param completeness how complete an action is (0–100), as the plans' scores count
	 * it
	 */
	GoodPracticeFinder(CategoryClassifier classifier, TemplateCatalogue catalogue,
			ToDoubleFunction<Action> completeness) {
		this.classifier = classifier;
		this.completeness = completeness;
		this.catalogue = catalogue;
		for (TemplateVersion version : catalogue.versions()) {
			this.mandatoryWordings.put(version.id(),
					version.mandatoryActions().stream().map(m -> Words.stemSet(m.text())).toList());
		}
	}

	private record Candidate(String planId, String authorities, String sourceFile, Action action, Match match) {
	}

	/** A current plan. */
	void add(Plan plan) {
		add(plan, true);
	}

	/**
	 * @param current whether the plan is current: the actions of one that is not count
	 * towards how many plans have each idea, but none is a candidate
	 */
	void add(Plan plan, boolean current) {
		if (!current) {
			this.outOfDate.add(plan.planId());
		}
		Set<String> ideas = new LinkedHashSet<>();
		for (Action action : plan.actions()) {
			Optional<Match> best = this.classifier.best(action.text());
			best.ifPresent(m -> ideas.add(m.categoryId()));
			this.wordings.add(ActionWording.of(plan, action, this.completeness.applyAsDouble(action)));
			if (current && best.isPresent() && candidate(action)
					&& !nearMandatory(action.text(), plan.templateVersion())) {
				this.candidates
					.add(new Candidate(plan.planId(), plan.authorityNames(), plan.sourceFile(), action, best.get()));
			}
		}
		this.ideasByPlan.merge(plan.planId(), ideas, (a, b) -> {
			a.addAll(b);
			return a;
		});
	}

	/**
	 * The category a text describes, unless it is close to a mandatory action of any
	 * template version: the decision for a text whose plan is unknown (the labelled-set
	 * test), stricter than for a plan's action.
	 */
	Optional<Match> idea(String text) {
		return this.mandatoryWordings.keySet().stream().anyMatch(v -> nearMandatory(text, v)) ? Optional.empty()
				: this.classifier.best(text);
	}

	/** Beyond the template, and sound. */
	static boolean candidate(Action action) {
		return (action.type() == ActionType.LOCAL || action.type() == ActionType.DEVELOPING) && sound(action);
	}

	/**
	 * An example another partnership can rely on: with an outcome, a named lead and a
	 * start or end date, and rated green, amber or complete (not red, and not unrated).
	 */
	static boolean sound(Action action) {
		return ActionCompleteness.filled(action.outcome()) && ActionCompleteness.filled(action.lead())
				&& (action.startDate() != null || action.endDate() != null)
				&& (action.rag() == Rag.GREEN || action.rag() == Rag.AMBER || action.rag() == Rag.COMPLETE);
	}

	/**
	 * Close to the wording of a mandatory action of the plan's template: that action
	 * reworded.
	 */
	boolean nearMandatory(String text, String templateVersion) {
		Set<String> stems = Words.stemSet(text);
		return this.mandatoryWordings.getOrDefault(templateVersion, List.of())
			.stream()
			.anyMatch(m -> Words.dice(stems, m) >= NEAR_MANDATORY);
	}

	/**
	 * Whether a text mostly repeats what the mandatory actions of its template ask in the
	 * theme ({@link TemplateVersion#repeatsMandatory}).
	 */
	boolean repeatsMandatory(String text, String templateVersion, String theme) {
		return this.catalogue.version(templateVersion).map(v -> v.repeatsMandatory(theme, text)).orElse(false);
	}

	/** The plans added that are not current, by id. */
	Set<String> outOfDate() {
		return Set.copyOf(this.outOfDate);
	}

	/** How many plans were added. */
	int plans() {
		return this.ideasByPlan.size();
	}

	/** Every action of every plan added, in the order added. */
	List<ActionWording> wordings() {
		return List.copyOf(this.wordings);
	}

	/** The category a text describes, if any. */
	Optional<Match> category(String text) {
		return this.classifier.best(text);
	}

	/** How many plans have an action of each category, of any type. */
	Map<String, Integer> plansWithCategory() {
		Map<String, Integer> counts = new HashMap<>();
		this.ideasByPlan.values().forEach(ideas -> ideas.forEach(id -> counts.merge(id, 1, Integer::sum)));
		return counts;
	}

	/** The good practice found, rarest idea first, then the strongest match. */
	List<GoodPractice> practice() {
		Map<String, Integer> counts = plansWithCategory();
		int plans = this.ideasByPlan.size();
		return this.candidates.stream()
			.sorted(Comparator.<Candidate>comparingInt(c -> counts.get(c.match().categoryId()))
				.thenComparing(c -> -c.match().score())
				.thenComparing(Candidate::planId)
				.thenComparing(c -> c.action().sheet())
				.thenComparingInt(c -> c.action().row()))
			.map(c -> practice(c, counts.get(c.match().categoryId()), plans))
			.toList();
	}

	private static GoodPractice practice(Candidate c, int withCategory, int plans) {
		Action a = c.action();
		Match m = c.match();
		return new GoodPractice(c.planId(), c.authorities(), c.sourceFile(), a.sheet(), a.row(), a.theme(),
				m.categoryId(), m.name(), a.ref(), a.type().csv(), a.text(), a.outcome(), a.lead(),
				a.leadOrganisations(), m.matchedWords(), withCategory, plans, m.score(),
				why(a, m, withCategory, plans));
	}

	/** The evidence in one sentence a reviewer can check against the action. */
	static String why(Action a, Match m, int withCategory, int plans) {
		String words = String.join(", ", m.matchedWords().stream().map(w -> "\"" + w + "\"").toList());
		String rarity = withCategory == 1 ? "the only plan of " + plans + " with this idea"
				: withCategory + " of " + plans + " plans have this idea";
		return m.name() + " (matched " + words + "); " + a.type().csv() + " action; outcome: \"" + shorten(a.outcome())
				+ "\"; lead: " + a.lead() + "; " + rarity;
	}

	static String shorten(String text) {
		String flat = text.replaceAll("\\s+", " ").trim();
		return flat.length() <= OUTCOME_QUOTED ? flat : flat.substring(0, OUTCOME_QUOTED - 1).trim() + "…";
	}

}
