package uk.gov.london.planreview.goodpractice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.goodpractice.CategoryClassifier.Category;
import uk.gov.london.planreview.goodpractice.GoodPracticeFinder.RedAction;
import uk.gov.london.planreview.goodpractice.WeakArea.Offer;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.Quantiles;

/**
 * MOPAC's convening role, automated: for each plan's weak areas, the basket of offers. A
 * weak area is a theme whose completeness is well below London's, a missing mandatory
 * action, or an action rated red; it is about a category when the missing or red action
 * describes one. Offers come from other plans' good practice in that category (or, for a
 * theme-wide gap, in that theme), from plans at least as complete as London's median in
 * the theme the practice sits in, with the named lead to contact.
 */
final class LinkingUp {

	/**
	 * Points of completeness below London's median for a theme at which a plan's theme
	 * counts as weak.
	 */
	static final double LOW_THEME_MARGIN = 15;

	/** Offers per weak area, each from a different plan. */
	static final int OFFERS_PER_AREA = 3;

	private final CategoryClassifier classifier;

	private final List<PlanScore> scores;

	private final Map<String, Double> londonMedian = new HashMap<>();

	private final Map<String, Map<String, Double>> themeCompleteness = new HashMap<>();

	LinkingUp(CategoryClassifier classifier, List<PlanScore> scores) {
		this.classifier = classifier;
		this.scores = scores;
		Map<String, List<Double>> byTheme = new LinkedHashMap<>();
		for (PlanScore score : scores) {
			Map<String, Double> own = new HashMap<>();
			for (ThemeScore t : score.themes()) {
				if (t.actions() > 0) {
					byTheme.computeIfAbsent(t.theme(), k -> new ArrayList<>()).add(t.completeness());
					own.put(t.theme(), t.completeness());
				}
			}
			this.themeCompleteness.put(score.planId(), own);
		}
		byTheme.forEach((theme, values) -> this.londonMedian.put(theme, median(values)));
	}

	/**
	 * Every plan's weak areas with their offers, plans in the order given, themes in
	 * template order.
	 */
	List<WeakArea> areas(List<RedAction> redActions, List<GoodPractice> practice) {
		Map<String, List<RedAction>> redByPlan = new HashMap<>();
		redActions.forEach(red -> redByPlan.computeIfAbsent(red.planId(), k -> new ArrayList<>()).add(red));
		Candidates candidates = new Candidates(practice);
		List<WeakArea> areas = new ArrayList<>();
		for (PlanScore plan : this.scores) {
			Map<List<String>, List<String>> reasons = new LinkedHashMap<>();
			for (ThemeScore t : plan.themes()) {
				double median = this.londonMedian.getOrDefault(t.theme(), 0.0);
				if (t.actions() > 0 && t.completeness() < median - LOW_THEME_MARGIN) {
					reasons.computeIfAbsent(List.of(t.theme(), ""), k -> new ArrayList<>())
						.add("completeness in this theme " + Scores.format(t.completeness())
								+ " against a London median of " + Scores.format(median));
				}
			}
			for (MandatoryGap gap : plan.mandatoryGaps()) {
				if (gap.missing()) {
					String category = this.classifier.best(gap.text())
						.map(CategoryClassifier.Match::categoryId)
						.orElse("");
					reasons.computeIfAbsent(List.of(gap.theme(), category), k -> new ArrayList<>())
						.add("mandatory action " + gap.templateRef() + " missing: " + gap.text());
				}
			}
			for (RedAction red : redByPlan.getOrDefault(plan.planId(), List.of())) {
				reasons.computeIfAbsent(List.of(red.theme(), red.category()), k -> new ArrayList<>())
					.add("rated red: " + (red.ref().isBlank() ? "" : red.ref() + " ") + red.text());
			}
			List<String> themeOrder = plan.themes().stream().map(ThemeScore::theme).toList();
			reasons.entrySet()
				.stream()
				.sorted(Comparator.comparingInt(e -> order(themeOrder, e.getKey().get(0))))
				.forEach(e -> {
					String theme = e.getKey().get(0);
					String category = e.getKey().get(1);
					areas.add(new WeakArea(plan.planId(), plan.authorities(), theme, category, name(category),
							e.getValue(), offers(plan.planId(),
									category.isEmpty() ? candidates.inTheme(theme) : candidates.inCategory(category))));
				});
		}
		return areas;
	}

	/**
	 * The practice that could answer a gap, grouped once for all gaps: by category, and
	 * by theme (its own, and the one its category usually sits in). Each group is in
	 * offer order: the provider most complete where the practice sits first, then the
	 * rarer idea; only providers at least as complete there as London's median are kept.
	 */
	private final class Candidates {

		private final Map<String, List<GoodPractice>> byCategory = new HashMap<>();

		private final Map<String, List<GoodPractice>> byTheme = new HashMap<>();

		Candidates(List<GoodPractice> practice) {
			Comparator<GoodPractice> order = Comparator.comparingDouble((GoodPractice p) -> -strength(p))
				.thenComparingInt(GoodPractice::plansWithCategory)
				.thenComparing(GoodPractice::planId);
			practice.stream()
				.filter(p -> strength(p) >= LinkingUp.this.londonMedian.getOrDefault(p.theme(), 0.0))
				.sorted(order)
				.forEach(p -> {
					this.byCategory.computeIfAbsent(p.category(), k -> new ArrayList<>()).add(p);
					this.byTheme.computeIfAbsent(p.theme(), k -> new ArrayList<>()).add(p);
					String usual = usualTheme(p.category());
					if (!usual.equals(p.theme())) {
						this.byTheme.computeIfAbsent(usual, k -> new ArrayList<>()).add(p);
					}
				});
		}

		List<GoodPractice> inCategory(String category) {
			return this.byCategory.getOrDefault(category, List.of());
		}

		List<GoodPractice> inTheme(String theme) {
			return this.byTheme.getOrDefault(theme, List.of());
		}

	}

	/**
	 * Up to three offers, each from a different plan, none from the plan with the gap.
	 */
	private List<Offer> offers(String planId, List<GoodPractice> candidates) {
		Set<String> providers = new LinkedHashSet<>();
		List<Offer> offers = new ArrayList<>();
		for (GoodPractice p : candidates) {
			if (offers.size() == OFFERS_PER_AREA) {
				break;
			}
			if (!p.planId().equals(planId) && providers.add(p.planId())) {
				offers.add(new Offer(p.planId(), p.authorities(), p.theme(), p.category(), p.categoryName(),
						p.actionRef(), p.action(), p.contact(), strength(p)));
			}
		}
		return offers;
	}

	/** The providing plan's completeness in the theme its practice sits in. */
	private double strength(GoodPractice p) {
		return this.themeCompleteness.getOrDefault(p.planId(), Map.of()).getOrDefault(p.theme(), 0.0);
	}

	private String usualTheme(String category) {
		return this.classifier.category(category).map(Category::theme).orElse("");
	}

	private String name(String category) {
		return category.isEmpty() ? "" : this.classifier.category(category).map(Category::name).orElse(category);
	}

	private static int order(List<String> themes, String theme) {
		int index = themes.indexOf(theme);
		return index < 0 ? themes.size() : index;
	}

	static double median(List<Double> values) {
		return Quantiles.median(values);
	}

}
