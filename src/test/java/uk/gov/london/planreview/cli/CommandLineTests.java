package uk.gov.london.planreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import uk.gov.london.planreview.PlanReviewApplication;

/**
 * The command line as people type it: mistakes are answered before anything starts, with
 * exit status 2 and a sentence that says what to type.
 */
class CommandLineTests {

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	int run(String... args) {
		CommandLine cli = Launcher.commandLine(new Application(PlanReviewApplication.class, Path.of("/nonexistent")),
				LocalDate.of(2026, 11, 29));
		cli.setOut(new PrintWriter(this.out, true));
		cli.setErr(new PrintWriter(this.err, true));
		return cli.execute(args);
	}

	@Test
	void aQuarterOutsideTheYearsAReviewCoversIsRefusedAtOnce() {
		assertThat(run("--quarter", "0000-Q1")).isEqualTo(2);
		assertThat(this.err.toString())
			.contains("0 is not a year this review covers; give a quarter from 2000 to 2099.")
			.contains("Run ./run.sh --help to see the options.");
	}

	@Test
	void aDateBeyondTheYearsAReviewCoversIsRefusedAtOnce() {
		assertThat(run("--date", "+10000-01-01")).isEqualTo(2);
		assertThat(this.err.toString()).contains("give a date from 2000-01-01 to 2099-12-31, not \"+10000-01-01\".");
	}

	@Test
	void aScheduleThatWouldReplaceAPublishedReviewIsRefused() {
		assertThat(run("--schedule", "--rerun")).isEqualTo(2);
		assertThat(this.err.toString()).contains("--schedule and --rerun do not go together");
	}

	@Test
	void versionAndHelpAnswer() {
		assertThat(run("--version")).isZero();
		assertThat(this.out.toString()).startsWith("plan-review ");
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString()).contains("--afresh").contains("--no-documents").contains("stocktake");
	}

}
