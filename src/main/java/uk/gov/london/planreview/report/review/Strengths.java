package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.report.Items;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.SignOff;

/**
 * What makes a plan strong, in words, from its figures: every clause is a fact that can
 * be checked in scores.csv or actions.csv. Shared by the review and the plan's own
 * feedback.
 */
public final class Strengths {

	/**
	 * Police share at or below this is a strength: most actions are owned by other
	 * partners.
	 */
	static final double LOW_POLICE_SHARE = 0.25;

	private Strengths() {
	}

	/** "overall score 92.1, ranked 1st of 31" (or "joint 2nd"). */
	public static String standing(PlanView plan, ReviewData data) {
		PlanScore s = plan.score();
		long same = data.plans().stream().filter(p -> p.score().rank() == s.rank()).count();
		return "overall score " + Scores.format(s.overall()) + ", ranked " + (same > 1 ? "joint " : "")
				+ Prose.ordinal(s.rank()) + " of " + data.plans().size();
	}

	/** The plan's strengths, strongest evidence first; never empty. */
	public static List<String> of(PlanView plan, ReviewData data) {
		List<String> strengths = new ArrayList<>();
		PlanScore s = plan.score();
		int actions = plan.actions().size();
		if (actions > 0) {
			List<String> everyAction = new ArrayList<>();
			if (plan.missing(Item.OUTCOME) == 0) {
				everyAction.add("an outcome");
			}
			if (plan.missing(Item.LEAD) == 0) {
				everyAction.add("a named lead");
			}
			if (plan.missingAny(Items.DATES) == 0) {
				everyAction.add("start and end dates");
			}
			if (plan.missing(Item.RAG) == 0) {
				everyAction.add("a RAG rating");
			}
			if (!everyAction.isEmpty()) {
				strengths.add((actions == 1 ? "its one action has "
						: "every one of its " + Prose.figure(actions) + " actions has ") + Prose.list(everyAction));
			}
		}
		int expected = s.themes().stream().mapToInt(PlanScore.ThemeScore::mandatoryExpected).sum();
		if (expected > 0 && s.mandatoryCoverage() >= 100) {
			strengths
				.add("all " + Prose.count(expected) + " mandatory actions of its template are in place and filled in");
		}
		List<String> others = s.partnerCategories().stream().filter(c -> !PartnerTaxonomy.isPolice(c)).toList();
		if (s.partnerCategories().size() >= Math.max(3, data.benchmarks().partnerCategories().upper())) {
			strengths
				.add("actions are led by " + Prose.count(s.partnerCategories().size()) + " kinds of partner, including "
						+ Prose.list(others.stream()
							.limit(3)
							.map(c -> c.toLowerCase(Locale.UK).replace("mopac / vru", "MOPAC / VRU"))
							.toList()));
		}
		if (actions > 0 && s.policeShare() <= LOW_POLICE_SHARE) {
			strengths.add(s.policeShare() == 0 ? "no action rests on the police alone"
					: "only " + Prose.percent(Math.round(s.policeShare() * 100), 100)
							+ " of actions rest on the police alone (police share "
							+ Scores.formatShare(s.policeShare()) + ")");
		}
		if (s.signedOff() == SignOff.YES) {
			strengths.add("it is signed off by the Chief Executive, the Leader or elected Mayor and the BCU Commander");
		}
		if (s.completeness() > data.benchmarks().completeness().median()) {
			strengths.add("its completeness score of " + Scores.format(s.completeness())
					+ " is above the London median of " + data.benchmarks().completeness().medianText());
		}
		if (strengths.isEmpty() && actions > 0) {
			// Something to build on: what most of its actions already carry.
			for (Item item : Items.counted(data.weights().fields())) {
				int have = actions - plan.missing(item);
				if (have * 4 >= actions * 3) {
					strengths.add("most of its actions have " + item.words() + " (" + Prose.figure(have) + " of "
							+ Prose.figure(actions) + ")");
				}
			}
		}
		if (strengths.isEmpty()) {
			long themes = s.themes().stream().filter(t -> t.actions() > 0).count();
			strengths.add("the plan has actions in " + Prose.count(themes) + " of the " + Prose.count(s.themes().size())
					+ " themes of its template");
		}
		return strengths;
	}

}
