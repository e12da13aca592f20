package uk.gov.london.planreview.goodpractice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.goodpractice.WeakArea.Offer;
import uk.gov.london.planreview.scoring.Bands;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.Quantiles;

/**
 * MOPAC's convening role, automated: for each plan's weak areas, the basket of offers.
 *
 * <p>
 * An area is a theme. A plan has a gap there when the theme is something the plan lacks
 * or does weakly: a mandatory action missing, a mandatory action in the plan but little
 * filled in, or the theme's actions as a whole well below London's median completeness.
 * An action honestly rated red is not a gap: the plan has it and says how it is going.
 *
 * <p>
 * Offers answer the gap itself: another partnership's sound action (with an outcome, a
 * named lead and a date, rated green, amber or complete) whose wording is like the
 * missing or weak action's ({@link WordingIndex}), from a plan in London's top quarter in
 * that theme with no gap of its own there, and whose plan is current. So a partnership is
 * never both helped and helping in one area, and a plan asked to send a current one is
 * never held up as a model.
 */
final class LinkingUp {

	/** Practice beyond the template is preferred, as something new to learn. */
	private static final double BEYOND_TEMPLATE = 0.1;

	/**
	 * How many of a weak theme's least complete actions stand for what it does weakly.
	 */
	static final int WEAKEST_ACTIONS = 3;

	private final CategoryClassifier classifier;

	private final List<PlanScore> scores;

	private final GoodPracticeSettings settings;

	/** Plans that are not current, by id: they have gaps, but offer nothing. */
	private final Set<String> outOfDate;

	private final Map<String, Double> londonMedian = new HashMap<>();

	/** Theme → London's lower quartile, median, upper quartile and number of plans. */
	private final Map<String, double[]> londonQuartiles = new HashMap<>();

	private final Map<String, Map<String, Double>> themeCompleteness = new HashMap<>();

	LinkingUp(CategoryClassifier classifier, List<PlanScore> scores, GoodPracticeSettings settings,
			Set<String> outOfDate) {
		this.outOfDate = Set.copyOf(outOfDate);
		this.classifier = classifier;
		this.scores = scores;
		this.settings = settings;
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
		// Rounded as the documents print London's medians and quartiles.
		byTheme.forEach((theme, values) -> {
			this.londonMedian.put(theme, Quantiles.at(values, 0.5, 1));
			this.londonQuartiles.put(theme, new double[] { Quantiles.at(values, 0.25, 1), Quantiles.at(values, 0.5, 1),
					Quantiles.at(values, 0.75, 1), values.size() });
		});
	}

	/**
	 * One thing a plan lacks or does weakly in a theme, and the wording that says what.
	 *
	 * @param rank which the offers answer first: a missing mandatory action (0), one
	 * little filled in (1), then the theme's weakest actions (2)
	 */
	private record Gap(String reason, List<String> wordings, int rank) {
	}

	/**
	 * Every plan's weak areas with their offers, plans in the order given, themes in
	 * template order.
	 * @param actions every action of every plan
	 */
	List<WeakArea> areas(List<ActionWording> actions) {
		Map<String, List<ActionWording>> byPlan = new HashMap<>();
		actions.forEach(a -> byPlan.computeIfAbsent(a.planId(), k -> new ArrayList<>()).add(a));
		Map<String, Map<String, List<Gap>>> gaps = new LinkedHashMap<>();
		for (PlanScore plan : this.scores) {
			gaps.put(plan.planId(), gaps(plan, byPlan.getOrDefault(plan.planId(), List.of())));
		}
		Providers providers = new Providers(actions, gaps);
		List<WeakArea> areas = new ArrayList<>();
		for (PlanScore plan : this.scores) {
			gaps.get(plan.planId()).forEach((theme, found) -> {
				List<String> reasons = found.stream().map(Gap::reason).toList();
				List<String> wordings = found.stream()
					.sorted(Comparator.comparingInt(Gap::rank))
					.flatMap(g -> g.wordings().stream())
					.toList();
				areas.add(new WeakArea(plan.planId(), plan.authorities(), theme, "", "", reasons,
						providers.offers(theme, wordings)));
			});
		}
		return areas;
	}

	/** A plan's gaps, theme by theme in the plan's order. */
	private Map<String, List<Gap>> gaps(PlanScore plan, List<ActionWording> actions) {
		Map<String, List<Gap>> gaps = new LinkedHashMap<>();
		for (ThemeScore t : plan.themes()) {
			double median = this.londonMedian.getOrDefault(t.theme(), 0.0);
			if (t.actions() > 0 && t.completeness() < median - this.settings.weakThemeMargin()) {
				// An action honestly rated red is not what the plan does weakly.
				List<String> weakest = actions.stream()
					.filter(a -> a.theme().equals(t.theme()) && !a.red())
					.sorted(Comparator.comparingDouble(ActionWording::completeness))
					.limit(WEAKEST_ACTIONS)
					.map(ActionWording::text)
					.toList();
				gaps.computeIfAbsent(t.theme(), k -> new ArrayList<>())
					.add(new Gap("completeness in this theme " + Scores.format(t.completeness())
							+ " against a London median of " + Scores.format(median), weakest, 2));
			}
		}
		for (MandatoryGap gap : plan.mandatoryGaps()) {
			String reason = gap.missing() ? "mandatory action " + gap.templateRef() + " missing: " + gap.text()
					: "mandatory action " + gap.templateRef() + " in the plan but little filled in: " + gap.text();
			gaps.computeIfAbsent(gap.theme(), k -> new ArrayList<>())
				.add(new Gap(reason, List.of(gap.text()), gap.missing() ? 0 : 1));
		}
		List<String> order = plan.themes().stream().map(ThemeScore::theme).toList();
		Map<String, List<Gap>> ordered = new LinkedHashMap<>();
		gaps.keySet()
			.stream()
			.sorted(Comparator.comparingInt(theme -> order.contains(theme) ? order.indexOf(theme) : order.size()))
			.forEach(theme -> ordered.put(theme, gaps.get(theme)));
		return ordered;
	}

	/**
	 * The partnerships that could help in each theme, and their sound actions there,
	 * indexed by wording; a wording's matches are looked up once however many plans lack
	 * the same action.
	 */
	private final class Providers {

		private final Map<String, List<ActionWording>> pool = new HashMap<>();

		private final Map<String, WordingIndex> indexes = new HashMap<>();

		/**
		 * Each action offered, as an offer: its idea is found once however often it is
		 * offered.
		 */
		private final Map<ActionWording, Offer> offered = new IdentityHashMap<>();

		/** Theme and wording → the actions like it, the best offer first. */
		private final Map<String, List<Candidate>> matches = new HashMap<>();

		Providers(List<ActionWording> actions, Map<String, Map<String, List<Gap>>> gaps) {
			for (ActionWording a : actions) {
				if (a.sound() && !LinkingUp.this.outOfDate.contains(a.planId()) && strong(a.planId(), a.theme())
						&& !gaps.getOrDefault(a.planId(), Map.of()).containsKey(a.theme())) {
					this.pool.computeIfAbsent(a.theme(), k -> new ArrayList<>()).add(a);
				}
			}
			this.pool.forEach((theme, offered) -> this.indexes.put(theme,
					WordingIndex.of(offered.stream().map(ActionWording::text).toList())));
		}

		/** In London's top quarter in the theme, as the documents' bands place it. */
		private boolean strong(String planId, String theme) {
			Double own = LinkingUp.this.themeCompleteness.getOrDefault(planId, Map.of()).get(theme);
			double[] q = LinkingUp.this.londonQuartiles.get(theme);
			return own != null && q != null && Bands.of(own, q[0], q[1], q[2], (int) q[3]).equals("top");
		}

		/**
		 * The best offers for the wordings (what the plan lacks or does weakly, most
		 * important first): for each in turn, the partnership whose action is most like
		 * it, round and round, so that the offers answer different things; at most the
		 * settings' number, each from a different partnership and doing something
		 * different.
		 */
		List<Offer> offers(String theme, List<String> wordings) {
			WordingIndex index = this.indexes.get(theme);
			if (index == null) {
				return List.of();
			}
			List<ActionWording> offered = this.pool.get(theme);
			List<List<Candidate>> answers = new ArrayList<>();
			for (String wording : new LinkedHashSet<>(wordings)) {
				answers.add(this.matches.computeIfAbsent(theme + "\n" + wording,
						k -> index.similar(index.query(wording), LinkingUp.this.settings.similarWording())
							.stream()
							.map(hit -> candidate(offered.get(hit.document()), hit.similarity()))
							.sorted(Comparator.comparingDouble((Candidate c) -> -c.score())
								.thenComparing(c -> -completeness(c.action()))
								.thenComparing(c -> c.action().planId())
								.thenComparing(c -> c.action().sheet())
								.thenComparingInt(c -> c.action().row()))
							.toList()));
			}
			Set<String> providers = new LinkedHashSet<>();
			Set<String> doing = new LinkedHashSet<>();
			List<Offer> offers = new ArrayList<>();
			int[] next = new int[answers.size()];
			boolean found = true;
			while (found && offers.size() < LinkingUp.this.settings.offersPerArea()) {
				found = false;
				for (int i = 0; i < answers.size() && offers.size() < LinkingUp.this.settings.offersPerArea(); i++) {
					List<Candidate> candidates = answers.get(i);
					while (next[i] < candidates.size()) {
						Candidate c = candidates.get(next[i]++);
						ActionWording a = c.action();
						if (!providers.contains(a.planId()) && !doing.contains(c.doing())) {
							doing.add(c.doing());
							providers.add(a.planId());
							offers.add(this.offered.computeIfAbsent(a, this::offer));
							found = true;
							break;
						}
					}
				}
			}
			return offers;
		}

		private Candidate candidate(ActionWording a, double similarity) {
			return new Candidate(a, similarity + (a.beyondTemplate() ? BEYOND_TEMPLATE : 0),
					a.text().toLowerCase(Locale.ROOT).trim());
		}

		private double completeness(ActionWording a) {
			return LinkingUp.this.themeCompleteness.getOrDefault(a.planId(), Map.of()).getOrDefault(a.theme(), 0.0);
		}

		private Offer offer(ActionWording a) {
			String category = LinkingUp.this.classifier.best(a.text())
				.map(CategoryClassifier.Match::categoryId)
				.orElse("");
			String name = category.isEmpty() ? ""
					: LinkingUp.this.classifier.category(category).map(CategoryClassifier.Category::name).orElse("");
			return new Offer(a.planId(), a.authorities(), a.theme(), category, name, a.ref(), a.text(), a.contact(),
					completeness(a));
		}

	}

	/**
	 * An action like a gap's wording, how well it answers it, and what it does, as
	 * compared.
	 */
	private record Candidate(ActionWording action, double score, String doing) {
	}

	static double median(List<Double> values) {
		return Quantiles.median(values);
	}

}
