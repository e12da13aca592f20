package uk.gov.london.planreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.testing.Project;
import uk.gov.london.planreview.testing.TestDatabase;

/**
 * On a shared server the schedule is left running for months while analysts run checks,
 * reviews and stock-takes by hand: while it waits, it holds nothing, so they run.
 */
class SchedulerBesideManualRunsJobTests {

	@TempDir
	Path work;

	@Test
	void whileTheScheduleWaitsACheckAndAReviewOfAnotherQuarterRun() throws Exception {
		Path home = Project.home(this.work);
		Path input = this.work.resolve("input");
		Fixtures.plan(input, "Camden.xlsx", "Camden");
		String database = TestDatabase.url(this.work);
		AppProcess.Running schedule = AppProcess.background(home, database, line -> line.startsWith("Next review:"),
				"--schedule", "--no-documents", "--input", input.toString(), "--output",
				this.work.resolve("output").toString());
		try {
			AppProcess check = AppProcess.run(home, database, line -> false, "check");
			AppProcess review = AppProcess.run(home, database, line -> false, "--no-documents", "--quarter", "2026-Q1",
					"--input", input.toString(), "--output", this.work.resolve("output").toString());

			assertThat(check.exitCode()).as("%s", check.output()).isZero();
			assertThat(review.exitCode()).as("%s", review.output()).isZero();
			assertThat(review.output()).anyMatch(line -> line.startsWith("Reviewed 1 plan"));
			assertThat(schedule.process().isAlive()).as("the schedule is still waiting: %s", schedule.output())
				.isTrue();
		}
		finally {
			List<String> said = schedule.stop();
			assertThat(said).as("stopped as a service is stopped")
				.contains("The schedule was stopped. Start it again "
						+ "with ./run.sh --schedule: a review that fell due meanwhile is done as soon as it starts.");
		}
	}

}
