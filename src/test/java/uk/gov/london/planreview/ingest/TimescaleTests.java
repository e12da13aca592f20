package uk.gov.london.planreview.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimescaleTests {

	@ParameterizedTest(name = "\"{0}\" runs from {1} to {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Sept 2021             | 2021-09-01 | 2021-09-30
			March 22              | 2022-03-01 | 2022-03-31
			Q3 2021/22            | 2021-10-01 | 2021-12-31
			Q4 2021/22            | 2022-01-01 | 2022-03-31
			Q2 2023               | 2023-04-01 | 2023-06-30
			2021-22               | 2021-04-01 | 2022-03-31
			2021/2022             | 2021-04-01 | 2022-03-31
			Apr 2021 – Mar 2022   | 2021-04-01 | 2022-03-31
			April 2021 to March 2022 | 2021-04-01 | 2022-03-31
			Sept – Dec 2021       | 2021-09-01 | 2021-12-31
			31/03/2022            | 2022-03-31 | 2022-03-31
			2022-03-31            | 2022-03-31 | 2022-03-31
			10th December 2021    | 2021-12-10 | 2021-12-10
			12/2022               | 2022-12-01 | 2022-12-31
			2024                  | 2024-01-01 | 2024-12-31
			End of March 2022     | 2022-03-31 | 2022-03-31
			By May 2022           | 2022-05-31 | 2022-05-31
			by the end of Q3 2021/22 | 2021-12-31 | 2021-12-31
			Completed by 31/03/2022 | 2022-03-31 | 2022-03-31
			No later than Sept 2022 | 2022-09-30 | 2022-09-30
			From April 2022       | 2022-04-01 |
			April 2022 to end of March 2023 | 2022-04-01 | 2023-03-31
			""")
	void readsDatesWrittenAsText(String text, LocalDate start, LocalDate end) {
		Timescale timescale = Timescale.parse(text);
		assertThat(timescale.start()).isEqualTo(start);
		assertThat(timescale.end()).isEqualTo(end);
	}

	@ParameterizedTest(name = "\"{0}\" in a timescale column is a deadline: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			End of March 2022     | true
			By May 2022           | true
			March 2022            | true
			From April 2022       | false
			Apr 2021 – Mar 2022   | false
			""")
	void aDeadlineIsOnePeriod(String text, boolean deadline) {
		assertThat(Timescale.onePeriod(text)).isEqualTo(deadline);
	}

	@ParameterizedTest(name = "\"{0}\" names no date")
	@CsvSource({ "Ongoing", "TBC", "Annual", "Complete", "Monthly", "When funding allows", "31/02/2022", "2021-05",
			"End of project", "By agreement" })
	void wordsAreNotDates(String text) {
		assertThat(Timescale.parse(text).hasDate()).isFalse();
	}

}
