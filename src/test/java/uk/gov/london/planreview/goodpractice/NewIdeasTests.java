package uk.gov.london.planreview.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.local;
import static uk.gov.london.planreview.goodpractice.PlanFixtures.plan;

import org.junit.jupiter.api.Test;

import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * New ideas are new: a local action that repeats what its template's mandatory actions in
 * the theme already ask is not one, however it is worded.
 */
class NewIdeasTests {

	static final String ANALYSIS = "Analysis and enforcement";

	GoodPracticeFinder finder = new GoodPracticeFinder(
			CategoryClassifier.load(ReferenceData.packaged(), "good-practice-categories.csv"),
			TemplateCatalogue.load(ReferenceData.packaged()), a -> 100);

	@Test
	void aLocalActionThatRepeatsTheTemplatesMandatoryActionsIsNotANewIdea() {
		// Mandatory 2.1 (a strategic needs assessment) and 2.3 (A&E and public health
		// data), in other words.
		this.finder.add(plan("E09000014", "Haringey", "2021", local(ANALYSIS,
				"Public health to supply hospital and ambulance data for the strategic needs assessment")));
		this.finder.add(plan("E09000008", "Croydon", "2021",
				local(ANALYSIS, "Publish a quarterly crime data dashboard for elected members")));

		assertThat(new NewIdeas(this.finder, GoodPracticeSettings.defaults()).find(this.finder.wordings(), 2))
			.extracting(GoodPractice::planId)
			.containsExactly("E09000008");
	}

	@Test
	void aPlanThatIsNotCurrentHasNoNewIdea() {
		this.finder.add(plan("E09000008", "Croydon", "2021",
				local(ANALYSIS, "Publish a quarterly crime data dashboard for elected members")), false);

		assertThat(new NewIdeas(this.finder, GoodPracticeSettings.defaults()).find(this.finder.wordings(), 1))
			.isEmpty();
	}

}
