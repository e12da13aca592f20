package uk.gov.london.planreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProseTests {

	@Test
	void countsInWordsAsTheReviewersWriteThem() {
		assertThat(Prose.count(22)).isEqualTo("twenty-two");
		assertThat(Prose.capitalise(Prose.count(22, "borough", "boroughs"))).isEqualTo("Twenty-two boroughs");
		assertThat(Prose.count(100)).isEqualTo("one hundred");
		assertThat(Prose.count(1204)).isEqualTo("1,204");
		assertThat(Prose.proportion(30, 33, "borough", "boroughs"))
			.isEqualTo("all but three of the thirty-three boroughs");
		assertThat(Prose.proportion(31, 31, "plan", "plans")).isEqualTo("all thirty-one plans");
		assertThat(Prose.proportion(0, 31, "plan", "plans")).isEqualTo("none of the thirty-one plans");
		assertThat(Prose.proportion(2, 2, "plan", "plans")).isEqualTo("both plans");
		assertThat(Prose.proportion(12, 31, "plan", "plans")).isEqualTo("twelve of the thirty-one plans");
	}

	@Test
	void listsOrdinalsAndPercentages() {
		assertThat(Prose.list(List.of("Camden", "Hackney", "Lambeth"))).isEqualTo("Camden, Hackney and Lambeth");
		assertThat(Prose.list(List.of("Camden", "Kingston upon Thames and Richmond upon Thames", "Lambeth")))
			.isEqualTo("Camden; Kingston upon Thames and Richmond upon Thames; and Lambeth");
		assertThat(Prose.ordinal(1)).isEqualTo("1st");
		assertThat(Prose.ordinal(12)).isEqualTo("12th");
		assertThat(Prose.ordinal(22)).isEqualTo("22nd");
		assertThat(Prose.percent(42, 44)).isEqualTo("95%");
	}

	@Test
	void quartilesAreExcelsQuartileInc() {
		Quartiles q = Quartiles.of(List.of(41.0, 80.6, 80.6, 80.6));
		assertThat(q.lowerText()).isEqualTo("70.7");
		assertThat(q.medianText()).isEqualTo("80.6");
		assertThat(Quartiles.of(List.of(1.0, 2.0, 3.0, 4.0)).medianText()).isEqualTo("2.5");
		assertThat(Quartiles.ofShares(List.of(0.08, 0.75)).medianText()).isEqualTo("0.42");
	}

}
