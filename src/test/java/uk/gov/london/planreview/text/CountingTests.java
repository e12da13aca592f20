package uk.gov.london.planreview.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountingTests {

	@Test
	void writesCountsAsTheReviewsDo() {
		assertThat(Counting.words(22)).isEqualTo("twenty-two");
		assertThat(Counting.words(30)).isEqualTo("thirty");
		assertThat(Counting.words(13)).isEqualTo("thirteen");
		assertThat(Counting.sentenceStart(22)).isEqualTo("Twenty-two");
		assertThat(Counting.words(331)).isEqualTo("331");
		assertThat(Counting.ofAll(30, 33)).isEqualTo("All but three");
		assertThat(Counting.ofAll(33, 33)).isEqualTo("All thirty-three");
		assertThat(Counting.ofAll(22, 33)).isEqualTo("Twenty-two");
		assertThat(Counting.ofAll(0, 33)).isEqualTo("None");
		assertThat(Counting.ofAll(1, 3)).isEqualTo("One");
	}

}
