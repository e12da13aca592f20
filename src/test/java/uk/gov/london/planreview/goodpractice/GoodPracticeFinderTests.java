package uk.gov.london.planreview.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.DIVERSION;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.WEAPONS;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.YOUNG_PEOPLE;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.action;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.local;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.plan;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.undated;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.template.TemplateCatalogue;

class GoodPracticeFinderTests {

	static final String KNIFE_BINS = "Install knife surrender bins at the three leisure centres";

	static final String MEDIATION = "Mediation between young people in dispute, run by trained youth workers";

	GoodPracticeFinder finder = new GoodPracticeFinder(
			CategoryClassifier.load(ReferenceData.packaged(), "good-practice-categories.csv"),
			TemplateCatalogue.load(ReferenceData.packaged()), a -> 100);

	@Test
	void listsASoundLocalOrDevelopingAction() {
		this.finder.add(plan("E09000007", "Camden", "2021", local(WEAPONS, KNIFE_BINS), action(YOUNG_PEOPLE,
				ActionType.DEVELOPING, MEDIATION, "Disputes settled", "Youth Service Manager", Rag.AMBER)));

		assertThat(this.finder.practice()).extracting(GoodPractice::category, GoodPractice::actionType)
			.containsExactlyInAnyOrder(tuple("knife-bins", "local"), tuple("mediation", "developing"));
	}

	@Test
	void leavesOutTheTemplateTheIncompleteAndTheRed() {
		this.finder.add(plan("E09000007", "Camden", "2021",
				action(WEAPONS, ActionType.MANDATORY, KNIFE_BINS, "Knives surrendered", "Jo Bloggs", Rag.GREEN),
				action(WEAPONS, ActionType.OPTIONAL, KNIFE_BINS, "Knives surrendered", "Jo Bloggs", Rag.GREEN),
				action(WEAPONS, ActionType.LOCAL, KNIFE_BINS, "Knives surrendered", "TBC", Rag.GREEN),
				action(WEAPONS, ActionType.LOCAL, KNIFE_BINS, "", "Jo Bloggs", Rag.GREEN),
				action(WEAPONS, ActionType.LOCAL, KNIFE_BINS, "Knives surrendered", "Jo Bloggs", Rag.RED),
				// Not sound: an example must be rated and dated.
				action(WEAPONS, ActionType.LOCAL, KNIFE_BINS, "Knives surrendered", "Jo Bloggs", Rag.NONE),
				undated(local(WEAPONS, KNIFE_BINS)), local(WEAPONS, "Carry out weapons sweeps in parks with residents"),
				// Mandatory 7.1 in other words, typed local: still the template's action.
				local(DIVERSION, "Offer mentoring and positive diversion to young people at risk of violence")));

		assertThat(this.finder.practice()).isEmpty();
	}

	@Test
	void aPlanThatIsNotCurrentIsCountedAsHavingTheIdeaButNotQuoted() {
		this.finder.add(plan("E09000006", "Bromley", "2017", local(WEAPONS, KNIFE_BINS)), false);
		this.finder.add(plan("E09000012", "Hackney", "2021", local(WEAPONS, KNIFE_BINS)));

		assertThat(this.finder.practice()).singleElement().satisfies(p -> {
			assertThat(p.planId()).isEqualTo("E09000012");
			assertThat(p.plansWithCategory()).isEqualTo(2);
		});
		assertThat(this.finder.outOfDate()).containsExactly("E09000006");
	}

	@Test
	void theRarerIdeaRanksFirstCountingEveryPlanThatHasItWhateverTheActionType() {
		this.finder.add(plan("E09000007", "Camden", "2021", local(YOUNG_PEOPLE, MEDIATION)));
		this.finder.add(plan("E09000012", "Hackney", "2021", local(WEAPONS, KNIFE_BINS),
				action(YOUNG_PEOPLE, ActionType.MANDATORY, MEDIATION, "", "", Rag.NONE)));
		this.finder.add(plan("E09000019", "Islington", "2021",
				action(YOUNG_PEOPLE, ActionType.LOCAL, MEDIATION, "", "", Rag.NONE)));

		List<GoodPractice> practice = this.finder.practice();

		assertThat(practice).extracting(GoodPractice::planId, GoodPractice::category, GoodPractice::plansWithCategory)
			.containsExactly(tuple("E09000012", "knife-bins", 1), tuple("E09000007", "mediation", 3));
	}

	@Test
	void whyNamesTheEvidence() {
		this.finder.add(plan("E09000007", "Camden", "2021", local(WEAPONS, KNIFE_BINS)));
		this.finder.add(plan("E09000012", "Hackney", "2021", local(YOUNG_PEOPLE, MEDIATION)));

		GoodPractice bins = this.finder.practice()
			.stream()
			.filter(p -> p.category().equals("knife-bins"))
			.findFirst()
			.orElseThrow();

		assertThat(bins.authorities()).isEqualTo("Camden");
		assertThat(bins.matchedWords()).containsExactly("knife", "surrender", "bins");
		assertThat(bins.why())
			.isEqualTo("Knife bins and surrender (matched \"knife\", \"surrender\", \"bins\"); local action; "
					+ "outcome: \"Fewer young people harmed\"; lead: Jo Bloggs; the only plan of 2 with this idea");
		assertThat(bins.contact()).isEqualTo("Jo Bloggs (Council)");
	}

	@Test
	void aWordingCloseToAMandatoryActionCountsForThePlansOwnTemplate() {
		// Close to 2017's 7.1 ("gang exit and mentoring support to young people involved
		// in violence"), not to 2021's.
		String exit = "Gang exit support for young people involved in violence, with a caseworker and rehousing";
		assertThat(this.finder.nearMandatory(exit, "2017")).isTrue();
		assertThat(this.finder.nearMandatory(exit, "2021")).isFalse();
		this.finder.add(plan("E09000003", "Barnet", "2017", local(DIVERSION, exit)));
		this.finder.add(plan("E09000005", "Brent", "2021", local(DIVERSION, exit)));

		assertThat(this.finder.practice()).extracting(GoodPractice::planId).containsExactly("E09000005");
	}

}
