package uk.gov.london.planreview.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;
import uk.gov.london.planreview.template.MandatoryAction;
import uk.gov.london.planreview.template.TemplateVersion;

/**
 * Scores one plan: completeness of its actions (overall and theme by theme), coverage of
 * its template's mandatory actions, sign-off, and partnership breadth (how many partner
 * categories own actions and how evenly), combined into an overall score with the weights
 * in force. Every score is rounded to one decimal place, as scores.csv shows it, before
 * it is combined or ranked.
 */
public final class PlanScorer {

	private final ScoringWeights weights;

	private final ActionCompleteness completeness;

	public PlanScorer(ScoringWeights weights) {
		this.weights = weights;
		this.completeness = new ActionCompleteness(weights.fields());
	}

	public ActionCheck check(Action action) {
		return this.completeness.check(action);
	}

	public PlanScore score(Plan plan, TemplateVersion version) {
		List<Action> actions = plan.actions();
		Map<Action, ActionCheck> checks = new HashMap<>();
		actions.forEach(a -> checks.put(a, check(a)));
		double completeness = round(
				actions.stream().mapToDouble(a -> checks.get(a).completeness()).average().orElse(0));

		List<MandatoryGap> gaps = new ArrayList<>();
		double coverageEarned = 0;
		for (MandatoryAction mandatory : version.mandatoryActions()) {
			Action found = actions.stream()
				.filter(a -> a.templateRef().equalsIgnoreCase(mandatory.ref()))
				.findFirst()
				.orElse(null);
			if (found == null) {
				gaps.add(new MandatoryGap(mandatory.theme(), mandatory.ref(), mandatory.text(), true));
			}
			else if (checks.get(found).completeness() < this.weights.filledThreshold()) {
				gaps.add(new MandatoryGap(mandatory.theme(), mandatory.ref(), mandatory.text(), false));
				coverageEarned += 0.5;
			}
			else {
				coverageEarned += 1;
			}
		}
		int mandatoryCount = version.mandatoryActions().size();
		double coverage = round(mandatoryCount == 0 ? 100 : 100 * coverageEarned / mandatoryCount);

		Map<String, Double> ownership = ownership(actions);
		double breadth = round(breadth(ownership));
		long policeOnly = actions.stream()
			.filter(a -> a.partnerCategories().size() == 1 && PartnerTaxonomy.isPolice(a.partnerCategories().get(0)))
			.count();
		double policeShare = actions.isEmpty() ? 0 : Math.round(100.0 * policeOnly / actions.size()) / 100.0;
		List<String> categories = ownership.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();

		SignOff signOff = SignOff.of(version.signOffRequired(), plan.signatories(), plan.authorities());
		ScoringWeights.Overall w = this.weights.overall();
		double weighted = w.completeness() * completeness + w.mandatoryCoverage() * coverage
				+ w.partnershipBreadth() * breadth;
		double totalWeight = w.completeness() + w.mandatoryCoverage() + w.partnershipBreadth();
		if (signOff != SignOff.NOT_REQUIRED) {
			weighted += w.signOff() * signOff.score();
			totalWeight += w.signOff();
		}
		double overall = round(totalWeight == 0 ? 0 : weighted / totalWeight);

		return new PlanScore(plan.planId(), plan.authorityNames(), plan.sourceFile(), version.id(), actions.size(),
				completeness, coverage, breadth, categories, policeShare, signOff, overall, 0,
				themes(version, actions, checks), gaps);
	}

	/**
	 * Each category's share of ownership: an action owned by two categories gives each
	 * one half.
	 */
	static Map<String, Double> ownership(List<Action> actions) {
		Map<String, Double> ownership = new LinkedHashMap<>();
		for (Action action : actions) {
			List<String> owners = action.partnerCategories();
			for (String category : owners) {
				ownership.merge(category, 1.0 / owners.size(), Double::sum);
			}
		}
		return ownership;
	}

	/**
	 * Breadth from how many categories own actions (full marks at the target) and how
	 * evenly they share ownership (Shannon evenness: 1 when equal, 0 when one category
	 * owns everything).
	 */
	double breadth(Map<String, Double> ownership) {
		int categories = ownership.size();
		if (categories == 0) {
			return 0;
		}
		ScoringWeights.Breadth b = this.weights.breadth();
		double countScore = Math.min(1.0, (double) categories / Math.max(1, b.targetCategories()));
		double evenness = 0;
		if (categories > 1) {
			double total = ownership.values().stream().mapToDouble(Double::doubleValue).sum();
			double entropy = 0;
			for (double share : ownership.values()) {
				double p = share / total;
				entropy -= p * Math.log(p);
			}
			evenness = entropy / Math.log(categories);
		}
		double totalWeight = b.countWeight() + b.evennessWeight();
		return totalWeight == 0 ? 0
				: 100 * (b.countWeight() * countScore + b.evennessWeight() * evenness) / totalWeight;
	}

	private List<ThemeScore> themes(TemplateVersion version, List<Action> actions, Map<Action, ActionCheck> checks) {
		Set<String> order = new LinkedHashSet<>(version.reportedThemes());
		actions.stream().map(Action::theme).forEach(order::add);
		List<ThemeScore> themes = new ArrayList<>();
		for (String theme : order) {
			List<Action> inTheme = actions.stream().filter(a -> a.theme().equals(theme)).toList();
			long expected = version.mandatoryActions().stream().filter(m -> m.theme().equals(theme)).count();
			if (inTheme.isEmpty() && expected == 0) {
				continue;
			}
			long present = version.mandatoryActions()
				.stream()
				.filter(m -> m.theme().equals(theme))
				.filter(m -> inTheme.stream().anyMatch(a -> a.templateRef().equalsIgnoreCase(m.ref())))
				.count();
			double themeCompleteness = round(
					inTheme.stream().mapToDouble(a -> checks.get(a).completeness()).average().orElse(0));
			themes.add(new ThemeScore(theme, inTheme.size(), themeCompleteness, (int) expected, (int) present));
		}
		return themes;
	}

	/**
	 * Ranks plans by overall score, highest first; equal scores share a rank ("1, 2, 2,
	 * 4").
	 */
	public static List<PlanScore> rank(List<PlanScore> scores) {
		List<PlanScore> sorted = new ArrayList<>(scores);
		sorted.sort(Comparator.comparingDouble(PlanScore::overall).reversed().thenComparing(PlanScore::planId));
		List<PlanScore> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			PlanScore score = sorted.get(i);
			int rank = i > 0 && sorted.get(i - 1).overall() == score.overall() ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(score.withRank(rank));
		}
		return ranked;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
