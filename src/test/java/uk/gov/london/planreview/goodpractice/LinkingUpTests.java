package uk.gov.london.planreview.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.DIVERSION;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.WEAPONS;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.london.planreview.goodpractice.GoodPracticeFinder.RedAction;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.SignOff;

class LinkingUpTests {

	static final CategoryClassifier CATEGORIES = CategoryClassifier.load(ReferenceData.packaged(),
			"good-practice-categories.csv");

	@Test
	void offersPracticeFromPlansStrongInTheAreaToThePlanWithTheGap() {
		List<PlanScore> scores = List.of(score("A", 90, 80), score("B", 85, 80),
				score("C", 40, 80, new MandatoryGap(WEAPONS, "3.3",
						"Sign local retailers up to a responsible retailer agreement", true)),
				score("D", 80, 80), score("E", 70, 80));
		List<GoodPractice> practice = List.of(practice("A", WEAPONS, "knife-bins", "Knife bins at leisure centres"),
				practice("B", WEAPONS, "responsible-retailers", "Knife retailers sign a voluntary charter"),
				practice("E", WEAPONS, "knife-bins", "Knife bins at stations"),
				practice("A", DIVERSION, "knife-wands", "Knife wands for schools"));
		List<RedAction> red = List
			.of(new RedAction("D", WEAPONS, "3.9", "Knife wands for every school", "knife-wands"));

		List<WeakArea> areas = new LinkingUp(CATEGORIES, scores).areas(red, practice);

		assertThat(areas).extracting(WeakArea::planId, WeakArea::theme, WeakArea::category)
			.containsExactly(tuple("C", WEAPONS, ""), tuple("C", WEAPONS, "responsible-retailers"),
					tuple("D", WEAPONS, "knife-wands"));
		WeakArea theme = areas.get(0);
		assertThat(theme.reasons()).containsExactly("completeness in this theme 40.0 against a London median of 80.0");
		// E's knife bins are not offered: E is below London's median in that theme.
		assertThat(theme.offers()).extracting(WeakArea.Offer::planId, WeakArea.Offer::category)
			.containsExactly(tuple("A", "knife-bins"), tuple("B", "responsible-retailers"));
		assertThat(theme.offers().get(0).contact()).isEqualTo("Lead of A (Council)");
		WeakArea retailers = areas.get(1);
		assertThat(retailers.categoryName()).isEqualTo("Responsible retailers and test purchasing");
		assertThat(retailers.reasons()).containsExactly(
				"mandatory action 3.3 missing: Sign local retailers up to a responsible retailer agreement");
		assertThat(retailers.offers()).extracting(WeakArea.Offer::planId).containsExactly("B");
		WeakArea wands = areas.get(2);
		assertThat(wands.reasons()).containsExactly("rated red: 3.9 Knife wands for every school");
		assertThat(wands.offers()).extracting(WeakArea.Offer::planId, WeakArea.Offer::action)
			.containsExactly(tuple("A", "Knife wands for schools"));
	}

	@Test
	void offersAtMostThreeEachFromADifferentPlanAndNeverThePlansOwn() {
		List<PlanScore> scores = new ArrayList<>(List.of(score("W", 10, 10)));
		List<GoodPractice> practice = new ArrayList<>();
		for (String plan : List.of("P", "Q", "R", "S")) {
			scores.add(score(plan, 90, 90));
			practice.add(practice(plan, WEAPONS, "knife-bins", "Knife bins one"));
			practice.add(practice(plan, WEAPONS, "knife-bins", "Knife bins two"));
		}
		practice.add(practice("W", WEAPONS, "knife-bins", "Own knife bins"));

		List<WeakArea> areas = new LinkingUp(CATEGORIES, scores).areas(List.of(), practice);

		assertThat(areas).hasSize(2).allSatisfy(a -> assertThat(a.planId()).isEqualTo("W"));
		assertThat(areas.get(0).offers()).extracting(WeakArea.Offer::planId).containsExactly("P", "Q", "R");
	}

	@Test
	void medianOfAnOddAndAnEvenNumber() {
		assertThat(LinkingUp.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
		assertThat(LinkingUp.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
		assertThat(LinkingUp.median(List.of())).isZero();
	}

	private static PlanScore score(String planId, double weapons, double diversion, MandatoryGap... gaps) {
		return new PlanScore(planId, "Authority " + planId, planId + ".xlsx", "2021", 20, 70, 80, 60, List.of(), 0.2,
				SignOff.YES, 70, 0,
				List.of(new ThemeScore(WEAPONS, 3, weapons, 3, 3), new ThemeScore(DIVERSION, 3, diversion, 2, 2)),
				List.of(gaps));
	}

	private static GoodPractice practice(String planId, String theme, String category, String action) {
		return new GoodPractice(planId, "Authority " + planId, planId + ".xlsx", "Plan", 12, theme, category,
				CATEGORIES.category(category).orElseThrow().name(), "", "local", action, "An outcome",
				"Lead of " + planId, List.of("Council"), List.of(), 1, 5, 3.0, "");
	}

}
