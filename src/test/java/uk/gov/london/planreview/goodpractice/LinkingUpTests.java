package uk.gov.london.planreview.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.DIVERSION;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.WEAPONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.SignOff;

/**
 * Linking up that does not contradict itself: a gap is what a plan lacks or does weakly,
 * not an action it honestly rates red; an offer does what the gap lacks, from a
 * partnership strong in that theme with no gap of its own there.
 */
class LinkingUpTests {

	static final CategoryClassifier CATEGORIES = CategoryClassifier.load(ReferenceData.packaged(),
			"good-practice-categories.csv");

	static final MandatoryGap RETAILERS = new MandatoryGap(WEAPONS, "3.3",
			"Sign local retailers up to a responsible retailer agreement", true);

	@Test
	void anOfferDoesWhatThePlanLacksAndComesFromAPartnershipStrongThere() {
		List<PlanScore> scores = List.of(score("A", 95), score("B", 95), score("D", 90), score("E", 80),
				score("C", 40, RETAILERS));
		List<ActionWording> actions = List.of(
				sound("A", WEAPONS, "Install knife surrender bins at the leisure centres and the library"),
				sound("B", WEAPONS, "Sign every hardware store up to a responsible retailer agreement on knife sales"),
				sound("D", WEAPONS, "Sign local retailers up to a responsible retailer charter"),
				sound("C", WEAPONS, "Weapons sweeps in parks"));

		List<WeakArea> areas = linkingUp(scores).areas(actions);

		assertThat(areas).singleElement().satisfies(area -> {
			assertThat(area.planId()).isEqualTo("C");
			assertThat(area.theme()).isEqualTo(WEAPONS);
			assertThat(area.reasons()).containsExactly(
					"completeness in this theme 40.0 against a London median of 90.0",
					"mandatory action 3.3 missing: Sign local retailers up to a responsible retailer agreement");
			// B signs retailers up, as C lacks; A's knife bins do something else, and D,
			// at London's median in the theme, is not among the strongest there.
			assertThat(area.offers()).extracting(WeakArea.Offer::planId).containsExactly("B");
			assertThat(area.offers().get(0).contact()).isEqualTo("Lead of B (Council)");
			assertThat(area.offers().get(0).category()).isEqualTo("responsible-retailers");
		});
	}

	/**
	 * A missing mandatory action is answered before the theme's weakest actions: Barnet,
	 * without hospital-based youth workers, was offered court witness support and CAMHS
	 * counselling (like its weakest actions) while Camden did what it lacked.
	 */
	@Test
	void aMissingMandatoryActionIsAnsweredFirst() {
		List<PlanScore> scores = List.of(score("A", 95), score("B", 95), score("D", 90), score("E", 80),
				score("C", 40, RETAILERS));
		List<ActionWording> actions = List.of(sound("A", WEAPONS, "Weapons sweeps in parks with the community"),
				sound("B", WEAPONS, "Sign every hardware store up to a responsible retailer agreement on knife sales"),
				sound("C", WEAPONS, "Weapons sweeps in parks"));

		assertThat(linkingUp(scores).areas(actions)).singleElement()
			.satisfies(area -> assertThat(area.offers()).extracting(WeakArea.Offer::planId).startsWith("B"));
	}

	/**
	 * A weak theme's red action is not among what the offers answer: Barnet was offered
	 * Camden's apprenticeships for its own apprenticeships action, which it rates red.
	 */
	@Test
	void aWeakThemesRedActionIsNotWhatTheOffersAnswer() {
		List<PlanScore> scores = List.of(score("A", 95), score("B", 95), score("D", 90), score("E", 80),
				score("C", 40));
		List<ActionWording> actions = List.of(
				sound("A", WEAPONS, "Train estate caretakers to spot and report hidden weapons"),
				sound("B", WEAPONS, "Weapons sweeps in parks with the community"),
				new ActionWording("C", "Authority C", "C.xlsx", "2021", "Plan", 11, WEAPONS, "3.4", ActionType.LOCAL,
						"Train estate caretakers to spot hidden weapons", "", "", List.of(), false, true, 20),
				new ActionWording("C", "Authority C", "C.xlsx", "2021", "Plan", 12, WEAPONS, "3.5", ActionType.LOCAL,
						"Weapons sweeps in parks", "", "", List.of(), false, false, 30));

		assertThat(linkingUp(scores).areas(actions)).singleElement()
			.satisfies(area -> assertThat(area.offers()).extracting(WeakArea.Offer::planId).containsExactly("B"));
	}

	@Test
	void aPlanThatIsNotCurrentIsOfferedToNoOne() {
		List<PlanScore> scores = List.of(score("A", 95), score("B", 95), score("D", 90), score("E", 80),
				score("C", 40, RETAILERS));
		List<ActionWording> actions = List.of(
				sound("A", WEAPONS, "Sign every hardware store up to a responsible retailer agreement"),
				sound("B", WEAPONS, "Sign every hardware store up to a responsible retailer agreement on knife sales"));

		// B is asked for a current plan: A, as strong there, is offered instead.
		assertThat(new LinkingUp(CATEGORIES, scores, GoodPracticeSettings.defaults(), Set.of("B")).areas(actions))
			.singleElement()
			.satisfies(area -> assertThat(area.offers()).extracting(WeakArea.Offer::planId).containsExactly("A"));
	}

	@Test
	void anActionHonestlyRatedRedIsNotAGap() {
		List<PlanScore> scores = List.of(score("A", 95), score("B", 90), score("C", 90), score("D", 88));
		List<ActionWording> actions = List.of(sound("A", WEAPONS, "Knife surrender bins at the leisure centres"),
				// C's red caretaker training: slippage it reports, in a theme it does
				// well.
				new ActionWording("C", "Authority C", "C.xlsx", "2021", "Plan", 11, WEAPONS, "3.4", ActionType.LOCAL,
						"Train estate caretakers to spot and report hidden weapons", "Weapons found", "Lead of C",
						List.of("Council"), false, true, 90));

		assertThat(linkingUp(scores).areas(actions)).isEmpty();
	}

	@Test
	void aPartnershipIsNeverBothHelpedAndHelpingInOneArea() {
		// A is the most complete in weapons but lacks a mandatory weapons action itself.
		List<PlanScore> scores = List.of(score("A", 98, RETAILERS), score("B", 97), score("D", 90), score("E", 88),
				score("C", 40, RETAILERS));
		List<ActionWording> actions = List.of(
				sound("A", WEAPONS, "Sign local retailers up to a responsible retailer agreement with training"),
				sound("B", WEAPONS, "Sign local retailers up to a responsible retailer agreement and test purchase"));

		List<WeakArea> areas = linkingUp(scores).areas(actions);

		assertThat(areas).extracting(WeakArea::planId).containsExactly("A", "C");
		for (WeakArea area : areas) {
			List<String> helping = area.offers().stream().map(WeakArea.Offer::planId).toList();
			List<String> helped = areas.stream()
				.filter(a -> a.theme().equals(area.theme()))
				.map(WeakArea::planId)
				.toList();
			assertThat(helping).doesNotContainAnyElementsOf(helped);
		}
		assertThat(areas.get(1).offers()).extracting(WeakArea.Offer::planId).containsExactly("B");
	}

	@Test
	void offersComeEachFromADifferentPartnershipAndEachDoesSomethingDifferent() {
		List<PlanScore> scores = new ArrayList<>(List.of(score("W", 10, RETAILERS)));
		List<ActionWording> actions = new ArrayList<>();
		for (String plan : List.of("P", "Q", "R", "S")) {
			scores.add(score(plan, 95));
			actions.add(sound(plan, WEAPONS, "Sign local retailers up to a responsible retailer agreement"));
		}
		actions.add(sound("S", WEAPONS, "Local retailers sign a responsible retailer charter and train their staff"));
		scores.addAll(List.of(score("K", 75), score("L", 76), score("M", 80), score("N", 85), score("O", 88)));

		List<WeakArea> areas = linkingUp(scores).areas(actions);

		assertThat(areas).singleElement().satisfies(area -> {
			assertThat(area.offers()).hasSize(GoodPracticeSettings.defaults().offersPerArea());
			assertThat(area.offers()).extracting(WeakArea.Offer::planId).doesNotHaveDuplicates();
			assertThat(area.offers()).extracting(WeakArea.Offer::action).doesNotHaveDuplicates();
		});
	}

	@Test
	void medianOfAnOddAndAnEvenNumber() {
		assertThat(LinkingUp.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
		assertThat(LinkingUp.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
		assertThat(LinkingUp.median(List.of())).isZero();
	}

	private static LinkingUp linkingUp(List<PlanScore> scores) {
		return new LinkingUp(CATEGORIES, scores, GoodPracticeSettings.defaults(), Set.of());
	}

	private static ActionWording sound(String planId, String theme, String text) {
		return new ActionWording(planId, "Authority " + planId, planId + ".xlsx", "2021", "Plan", 12, theme, "3.9",
				ActionType.LOCAL, text, "An outcome", "Lead of " + planId, List.of("Council"), true, false, 95);
	}

	private static PlanScore score(String planId, double weapons, MandatoryGap... gaps) {
		return new PlanScore(planId, "Authority " + planId, planId + ".xlsx", "2021", 20, 70, 80, 60, List.of(), 0.2,
				SignOff.YES, 70, 0,
				List.of(new ThemeScore(WEAPONS, 3, weapons, 3, 3), new ThemeScore(DIVERSION, 3, 80, 2, 2)),
				List.of(gaps));
	}

}
