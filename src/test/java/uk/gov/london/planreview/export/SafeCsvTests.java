package uk.gov.london.planreview.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV cells a spreadsheet could mistake for formulas, and the file's shape. */
class SafeCsvTests {

	@ParameterizedTest(name = "a cell starting \"{0}\" is neutralised")
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1", "-1.2", "@SUM(A1)", "\tindented", "\rreturn" })
	void everyFormulaTriggerIsNeutralisedWithAQuote(String text) {
		assertThat(SafeCsv.cell(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest(name = "\"{0}\" is left as it is")
	@ValueSource(strings = { "1.2", "Camden", " =not first", "a=b", "'quoted already" })
	void anythingElseIsLeftAsItIs(String text) {
		assertThat(SafeCsv.cell(text)).isEqualTo(text);
	}

	@Test
	void datesListsAndNothingAreWrittenAsTheFilesSay() {
		assertThat(SafeCsv.cell(LocalDate.of(2026, 3, 31))).isEqualTo("2026-03-31");
		assertThat(SafeCsv.cell(List.of("Police", "Youth offending service")))
			.isEqualTo("Police; Youth offending service");
		assertThat(SafeCsv.cell(List.of("-rated", "ok"))).isEqualTo("'-rated; ok");
		assertThat(SafeCsv.cell(null)).isEmpty();
	}

	@Test
	void aFileStartsWithAByteOrderMarkAndEndsLinesAsRfc4180Says() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SafeCsv csv = SafeCsv.open(out, List.of("plan_id", "action"))) {
			csv.row("E09000007", "Line one\nline two, with a \"quote\"");
		}

		assertThat(out.toString(StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFplan_id,action\r\nE09000007,\"Line one\nline two, with a \"\"quote\"\"\"\r\n");
	}

}
