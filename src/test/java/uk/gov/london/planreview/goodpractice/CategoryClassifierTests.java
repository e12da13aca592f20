package uk.gov.london.planreview.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.goodpractice.CategoryClassifier.Match;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.testing.Project;

class CategoryClassifierTests {

	static final CategoryClassifier GOOD_PRACTICE = CategoryClassifier.load(ReferenceData.packaged(),
			"good-practice-categories.csv");

	static final CategoryClassifier STOCKTAKE = CategoryClassifier.load(ReferenceData.packaged(),
			"stocktake-themes.csv");

	@Test
	void recognisesAnIdeaInOtherWordsAndSaysWhichWordsMatched() {
		assertThat(GOOD_PRACTICE.best("Co-located police and council analysts")).hasValueSatisfying(m -> {
			assertThat(m.categoryId()).isEqualTo("joint-intelligence-hub");
			assertThat(m.name()).isEqualTo("Joint intelligence hub");
			assertThat(m.matchedWords()).containsExactly("Co-located", "analysts");
		});
		// More of the idea's words found, more evidence: "police and council" analysts in
		// one "centre".
		assertThat(GOOD_PRACTICE.best("Co-located police and council analysts at the civic centre")).hasValueSatisfying(
				m -> assertThat(m.matchedWords()).containsExactly("police", "council", "analysts", "centre"));
		assertThat(ids(GOOD_PRACTICE.classify("Mediating between young people in dispute")))
			.containsExactly("mediation");
		assertThat(ids(GOOD_PRACTICE.classify("Pupils moving up to Year 7 get a transition mentor")))
			.contains("school-transition");
	}

	@Test
	void needsEveryWordOfAPhrasingCloseTogetherInOneSentence() {
		assertThat(GOOD_PRACTICE.classify("Attend the monthly police intelligence meeting")).isEmpty();
		assertThat(GOOD_PRACTICE.classify("We have a joint board. Intelligence comes from the police hub.")).isEmpty();
		assertThat(GOOD_PRACTICE
			.classify("A joint review of licensing, housing, parks, libraries, leisure, transport and, "
					+ "much later, the intelligence hub"))
			.isEmpty();
	}

	@Test
	void aNotWhenPhrasingRulesTheCategoryOut() {
		assertThat(GOOD_PRACTICE.classify("Joint multi-agency safeguarding hub to share intelligence on children"))
			.isEmpty();
		assertThat(GOOD_PRACTICE.classify("Reverse mentoring: young people mentor senior leaders")).isEmpty();
	}

	@Test
	void theStrongerMatchComesFirst() {
		List<Match> matches = GOOD_PRACTICE.classify("Peer mentors help young people leave gangs");
		assertThat(ids(matches)).containsExactlyInAnyOrder("mentoring", "gang-exit");
		assertThat(matches.get(0).score()).isGreaterThanOrEqualTo(matches.get(1).score());
	}

	@Test
	void everyCategoryIdTheSampleUsesIsDefinedWithNameDescriptionAndTheme() {
		assertThat(GOOD_PRACTICE.categories()).extracting(CategoryClassifier.Category::id)
			.containsExactly("joint-intelligence-hub", "risk-index", "youth-cooperative", "adolescent-support-lac",
					"school-lessons-menu", "mediation", "school-transition", "public-health-approach",
					"integrated-gangs-unit", "trauma-informed", "hospital-youth-workers", "knife-bins",
					"responsible-retailers", "citysafe-havens", "knife-wands", "mentoring", "gang-exit",
					"youth-adult-transition");
		assertThat(GOOD_PRACTICE.categories()).allSatisfy(c -> {
			assertThat(c.name()).isNotBlank();
			assertThat(c.description()).isNotBlank();
			assertThat(c.theme()).isNotBlank();
			assertThat(c.phrasings()).isNotEmpty();
		});
	}

	@Test
	void findsTheStocktakeThemesInHowBoroughsAnswer() {
		assertThat(themes(
				"Tackling youth violence is a shared priority for us and the BCU: we work closely with the police "
						+ "and with our neighbouring boroughs on cross-border disputes."))
			.containsExactly("collaboration");
		assertThat(themes("The council has taken a public health approach, starting with early years and primary "
				+ "prevention, and looking at what works."))
			.contains("public-health-approach");
		assertThat(
				themes("YOT, police, probation and the council's gangs workers are co-located as one unit in the town "
						+ "hall."))
			.contains("integrated-approach");
		assertThat(themes("Agencies are not in one building but meet every morning, which we think of as virtual "
				+ "co-location."))
			.containsExactly("integrated-approach");
		assertThat(
				themes("Staff in schools and early help are being trained to understand adverse childhood experiences "
						+ "and to work in a trauma-informed way."))
			.containsExactly("trauma-informed");
		assertThat(themes(
				"Residents, faith groups and local charities were consulted on the strategy and two of them sit on "
						+ "the board."))
			.containsExactly("engagement");
		assertThat(themes("Community-led projects, funded through small grants, give local groups ownership of the "
				+ "response."))
			.containsExactly("engagement");
		assertThat(themes(
				"Through multi-agency working with health and the police we are adopting a public health model."))
			.containsExactlyInAnyOrder("collaboration", "public-health-approach");
		assertThat(themes("No. A corporate approach is in development and will go to Cabinet in the autumn."))
			.isEmpty();
		assertThat(themes("Yes, the knife crime action plan is reviewed every quarter by the CSP board.")).isEmpty();
	}

	@Test
	void aReviewersEditTakesEffectAndAMistakeIsReportedPlainly(@TempDir Path home) throws IOException {
		Path config = Project.home(home).resolve("config").resolve("reference");
		Files.writeString(config.resolve("my-themes.csv"), """
				id,name,description,theme,phrasings,not_when
				sport,Sport,Sport as diversion,,football [youth]; boxing club,
				""");
		CategoryClassifier edited = CategoryClassifier.load(new ReferenceData(config), "my-themes.csv");
		assertThat(ids(edited.classify("Free football sessions for young people on Friday nights")))
			.containsExactly("sport");

		Files.writeString(config.resolve("broken.csv"), """
				id,name,description,theme,phrasings,not_when
				sport,Sport,Sport as diversion,,[sports] [youth],
				""");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CategoryClassifier.load(new ReferenceData(config), "broken.csv"))
			.withMessageContaining("broken.csv")
			.withMessageContaining("category sport")
			.withMessageContaining("[sports]")
			.withMessageContaining("phrasing-groups.csv does not define");
	}

	@Test
	void classifiesAThousandActionsQuickly() throws IOException {
		List<String> texts = LabelledActionsTests.labelled().stream().map(LabelledActionsTests.Labelled::text).toList();
		texts.forEach(GOOD_PRACTICE::classify);
		long started = System.nanoTime();
		for (int i = 0; i < 1000; i++) {
			GOOD_PRACTICE.classify(texts.get(i % texts.size()));
		}
		double millis = (System.nanoTime() - started) / 1e6;
		System.out.printf(Locale.ROOT, "Classified 1,000 actions in %.0f ms%n", millis);
		assertThat(millis).isLessThan(5000);
	}

	private static List<String> themes(String answer) {
		return ids(STOCKTAKE.classify(answer));
	}

	private static List<String> ids(List<Match> matches) {
		return matches.stream().map(Match::categoryId).toList();
	}

}
