package uk.gov.london.planreview.report.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.export.Scores;
import uk.gov.london.planreview.goodpractice.GoodPractice;
import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.Items;
import uk.gov.london.planreview.report.PlanStanding;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.PracticeText;
import uk.gov.london.planreview.report.Quartiles;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.Section;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;
import uk.gov.london.planreview.scoring.SignOff;

/**
 * What is strong in the plan, from its figures, each a fact the scores table or the
 * actions list bears out (a low police share only when enough actions name who leads
 * them, and only when less rests on the police than in most plans), and its own good
 * practice: what other partnerships may ask it about. Ideas most plans already have are
 * not singled out.
 */
@Component
@Order(400)
public class StrengthsSection implements FeedbackSection {

	/**
	 * @param everyAction what every one of its actions carries (item keys)
	 * @param mandatory how many mandatory actions are all in place and filled in, or 0
	 * @param kinds kinds of partner leading actions, when among the most in London (and
	 * the breadth score not in the bottom quarter), or 0
	 * @param partners some of them, not the police
	 * @param police the share led by the police alone, when less than in most plans, or
	 * empty
	 * @param themes the themes where the plan is in London's top quarter
	 * @param everyTheme whether those are all the themes it has actions in
	 * @param most what most (three quarters or more) of its actions carry, when nothing
	 * else is strong
	 * @param practice its own good practice, rarest idea first
	 */
	public record Model(int actions, List<String> everyAction, int mandatory, int kinds, List<String> partners,
			String police, int policeOnly, String londonPolice, boolean signedOff, String completeness,
			String londonCompleteness, List<Leading> themes, boolean everyTheme, List<Most> most, int themesWithActions,
			int themeCount, List<Example> practice) {
	}

	/** A theme where the plan is among the most complete. */
	public record Leading(String theme, String completeness, String median) {
	}

	/** Something most of its actions carry. */
	public record Most(String key, int have) {
	}

	/**
	 * One of the plan's actions singled out as good practice, and how many plans share
	 * the idea.
	 */
	public record Example(String idea, boolean newIdea, String ref, String action, String outcome, String lead,
			int plansWith) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		PlanView plan = data.plan();
		ReviewData london = data.london();
		PlanScore s = plan.score();
		PlanStanding standing = london.standing(plan);
		int actions = plan.actions().size();
		List<String> every = new ArrayList<>();
		if (actions > 0) {
			for (Item item : List.of(Item.OUTCOME, Item.LEAD, Item.RAG)) {
				if (plan.missing(item) == 0) {
					every.add(item.csv());
				}
			}
			if (plan.missingAny(Items.DATES) == 0) {
				every.add(Items.DATES_KEY);
			}
		}
		int expected = s.themes().stream().mapToInt(ThemeScore::mandatoryExpected).sum();
		// Many kinds of partner is a strength to name only when the actions are spread
		// among them: beside a breadth score in London's bottom quarter it would
		// contradict the scores table.
		boolean wide = s.partnerCategories().size() >= 3
				&& london.band(s.partnerCategories().size(), london.benchmarks().partnerCategories()).equals("top")
				&& !london.band(s.partnershipBreadth(), london.benchmarks().partnershipBreadth()).equals("bottom");
		List<String> partners = s.partnerCategories()
			.stream()
			.filter(c -> !PartnerTaxonomy.isPolice(c))
			.limit(3)
			.toList();
		boolean police = actions > 0 && standing.police().equals("less");
		int policeOnly = (int) plan.actions()
			.stream()
			.filter(a -> a.partnerCategories().size() == 1 && PartnerTaxonomy.isPolice(a.partnerCategories().get(0)))
			.count();
		List<Leading> leading = new ArrayList<>();
		for (ThemeScore t : s.themes()) {
			Quartiles q = london.benchmarks().theme(t.theme());
			if (t.actions() > 0 && q != null && london.band(t.completeness(), q).equals("top")) {
				leading.add(new Leading(t.theme(), Scores.format(t.completeness()), q.medianText()));
			}
		}
		boolean aboveMedian = london.band(s.completeness(), london.benchmarks().completeness()).equals("top");
		boolean anything = !every.isEmpty() || (expected > 0 && s.mandatoryCoverage() >= 100) || wide || police
				|| s.signedOff() == SignOff.YES || aboveMedian || !leading.isEmpty();
		List<Most> most = new ArrayList<>();
		if (!anything && actions > 0) {
			for (Item item : Items.counted(london.weights().fields())) {
				int have = actions - plan.missing(item);
				if (have * 4 >= actions * 3) {
					most.add(new Most(item.csv(), have));
				}
			}
		}
		List<Example> practice = london.practice(plan.planId())
			.stream()
			.filter(p -> p.newIdea() || !london.settings().commonPractice(p.plansWithCategory(), london.plans().size()))
			.map(StrengthsSection::example)
			.toList();
		return Optional.of(Section.of("strengths", "What is strong", "feedback/strengths.ftl", new Model(actions, every,
				expected > 0 && s.mandatoryCoverage() >= 100 ? expected : 0, wide ? s.partnerCategories().size() : 0,
				partners, police ? ScoresSection.percent(s.policeShare()) : "", policeOnly,
				ScoresSection.percent(london.benchmarks().policeShare().median()), s.signedOff() == SignOff.YES,
				aboveMedian ? Scores.format(s.completeness()) : "", london.benchmarks().completeness().medianText(),
				leading, leading.size() == s.themes().stream().filter(t -> t.actions() > 0).count(), most,
				(int) s.themes().stream().filter(t -> t.actions() > 0).count(), s.themes().size(), practice))
			.runOn());
	}

	private static Example example(GoodPractice p) {
		return new Example(p.categoryName(), p.newIdea(), PracticeText.label(p), p.action().trim(),
				PracticeText.brief(p.outcome()), p.contact().trim(), p.plansWithCategory());
	}

}
