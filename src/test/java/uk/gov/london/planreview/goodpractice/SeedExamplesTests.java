package uk.gov.london.planreview.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.london.planreview.reference.ReferenceData;

/**
 * Every example of good practice the seeds give (the MOPAC review, the London Councils
 * stock-take and the Mayor's strategy) is found when a plan words it differently from the
 * seed and from the categories' own phrasings: each example below is re-worded as a
 * council might write it, with none of the seed's wording but the idea's essentials.
 * (Whether a plan's action is then listed also depends on its being sound and beyond the
 * template: {@link GoodPracticeFinderTests}.)
 */
class SeedExamplesTests {

	static final CategoryClassifier CATEGORIES = CategoryClassifier.load(ReferenceData.packaged(),
			GoodPracticeConfiguration.CATEGORIES_FILE);

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					joint-intelligence-hub | Bring MPS and borough analysts into one shared office so that both work from a single case list
					joint-intelligence-hub | Run a combined intelligence cell with police and council staff sitting together at the town hall
					risk-index | Score every ward for vulnerability by pulling together police, ASB, children's services and social media data
					risk-index | Build a heat map of risk for young people that combines crime records with social care referrals
					youth-cooperative | Fund a youth collective that reads community tension reports and gives the CSP young people's views
					youth-cooperative | Ask the youth council to look at tension monitoring and tell partners how incidents look to young people
					adolescent-support-lac | Set up a specialist team for teenagers in care who are at risk of exploitation
					adolescent-support-lac | Dedicated support for older children in foster placements who go missing
					school-lessons-menu | Publish one approved list of providers of knife awareness sessions so schools are not approached by many
					school-lessons-menu | Quality assure all violence prevention workshops offered to schools and signpost heads to the right ones
					mediation | Trained mediators to bring together young people in a feud before it escalates
					mediation | Conflict resolution between rival groups of teenagers, run by youth workers
					school-transition | Support for vulnerable Year 6 children as they move up to secondary school
					school-transition | A named worker for children at risk of exclusion when they join Year 7
					youth-adult-transition | A joint YOS-to-probation handover protocol so that no young person loses support when they turn 18
					youth-adult-transition | Seamless move from the youth justice service to adult probation, with one case plan for 17 year olds
					public-health-approach | Treat violence as a disease that spreads, using epidemiology to target prevention
					public-health-approach | A whole-system response to violence that tackles its root causes across every partner
					integrated-gangs-unit | Keep the IGU, with police, YOT, probation and council caseworkers co-located in one team
					integrated-gangs-unit | An anti-violence unit in which police and youth justice staff work as one team
					trauma-informed | Train teachers to recognise adverse childhood experiences and respond to pupils with care
					trauma-informed | Make the youth offending service trauma-informed, with clinical supervision for staff
					hospital-youth-workers | Youth workers in the emergency department to reach young people injured by knives at a teachable moment
					hospital-youth-workers | Place Redthread youth workers at the major trauma centre to follow up young victims
					knife-bins | Put weapons surrender bins outside two libraries and publicise them in schools
					knife-bins | Hold a knife amnesty with bins at police stations for a month each year
					responsible-retailers | Trading standards to test purchase blades from local shops and online sellers
					responsible-retailers | Sign shops up to a voluntary code on selling knives, with Challenge 25 training for staff
					citysafe-havens | Recruit cafes and shops as safe havens where young people who feel threatened can go
					citysafe-havens | Expand City Safe places along routes to school
					knife-wands | Lend schools hand-held metal detectors for searches when there is a concern
					knife-wands | Use walk-through search arches at the school gates during weeks of action
					mentoring | Match young people at risk of exclusion with a trained adult mentor for a year
					mentoring | Credible messengers with lived experience to mentor young people released from custody
					gang-exit | Help young people who want to get out of gangs with relocation and a route into training
					gang-exit | Refer gang-involved young adults to an exit service with housing and employment support
					""")
	void theSeedsExampleIsFoundWhenWordedDifferently(String category, String text) {
		assertThat(CATEGORIES.best(text).map(CategoryClassifier.Match::categoryId)).as(text).contains(category);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Pupils moving up to secondary school get a transition mentor
			Transition to adulthood panel for care leavers aged 17
			Young adults leaving custody are given a housing pathway
			""")
	void wordsThatMerelyResembleYouthToAdultTransitionAreNotIt(String text) {
		assertThat(CATEGORIES.best(text).map(CategoryClassifier.Match::categoryId)).as(text)
			.isNotEqualTo(Optional.of("youth-adult-transition"));
	}

}
