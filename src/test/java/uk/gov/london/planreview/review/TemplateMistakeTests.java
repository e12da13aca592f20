package uk.gov.london.planreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.london.planreview.PlanReviewApplication;
import uk.gov.london.planreview.cli.Launcher;
import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.testing.Project;

/**
 * A reviewer edits a document template and makes a mistake: the run stops with one line
 * saying which template and where, publishes nothing, and once the template is put right
 * resumes where it stopped.
 */
class TemplateMistakeTests {

	@TempDir
	Path home;

	@Test
	void aTemplateMistakeStopsTheRunWithItsLineAndTheRunResumesOnceItIsPutRight() throws Exception {
		Project.home(this.home);
		Path input = this.home.resolve("input");
		Fixtures.plan(input, "Camden.xlsx", "Camden");
		Path templates = Files.createDirectories(this.home.resolve("templates"));
		String review = Files.readString(Project.path("templates", "review.ftl"));
		Files.writeString(templates.resolve("review.ftl"), review + "<#if unfinished\n");
		Path output = this.home.resolve("output");
		ReviewRequest request = ReviewRequest.of(input, output, Quarter.parse("2026-Q1"));

		ReviewCommand.Outcome stopped = run(request);

		assertThat(stopped.exitCode()).isEqualTo(1);
		assertThat(stopped.message()).doesNotContain("\n")
			.startsWith(
					"The review stopped while rendering the documents: The document template review.ftl has a mistake")
			.contains("(review.ftl, line 4)")
			.contains("Nothing was published");
		assertThat(output.resolve("2026-Q1/manifest.json")).doesNotExist();

		Files.writeString(templates.resolve("review.ftl"), review);
		ReviewCommand.Outcome resumed = run(request);

		assertThat(resumed.exitCode()).as(resumed.message()).isZero();
		assertThat(output.resolve("2026-Q1/review.pdf")).isRegularFile();
	}

	private ReviewCommand.Outcome run(ReviewRequest request) throws Exception {
		return HomeRuns.review(this.home, request);
	}

}
