package uk.gov.london.planreview.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.london.planreview.plan.Rag;

class RagReadingTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource({ "R, RED", "Red, RED", "red , RED", "A, AMBER", "Amber, AMBER", "Amber (some slippage), AMBER",
			"G, GREEN", "GREEN, GREEN", "On track, GREEN", "Green - on track, GREEN", "Blue, COMPLETE",
			"Complete, COMPLETE", "Completed, COMPLETE", "Off track, RED", "A/G, AMBER" })
	void readsRatingsWrittenAsText(String text, Rag rag) {
		assertThat(RagReading.fromText(text)).contains(rag);
	}

	@ParameterizedTest(name = "\"{0}\" is not a rating")
	@CsvSource({ "Not started", "See comments", "Yes", "Ongoing" })
	void otherWordsAreNotRatings(String text) {
		assertThat(RagReading.fromText(text)).isEmpty();
	}

	@ParameterizedTest(name = "fill {0} reads as {1}")
	@CsvSource({ "FF0000, RED", "C00000, RED", "FFC7CE, RED", "FFC000, AMBER", "FFEB9C, AMBER", "FFA500, AMBER",
			"00B050, GREEN", "92D050, GREEN", "C6EFCE, GREEN", "70AD47, GREEN", "0070C0, COMPLETE",
			"00B0F0, COMPLETE" })
	void classifiesFillColoursByHue(String hex, Rag rag) {
		int rgb = Integer.parseInt(hex, 16);
		assertThat(RagReading.classify(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF)).contains(rag);
	}

	@ParameterizedTest(name = "fill {0} is not a rating")
	@CsvSource({ "FFFFFF", "D9D9D9", "000000", "FFF2CC", "7030A0" })
	void neutralFillsAreNotRatings(String hex) {
		int rgb = Integer.parseInt(hex, 16);
		assertThat(RagReading.classify(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF)).isEmpty();
	}

}
