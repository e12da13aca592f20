package uk.gov.london.planreview.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.london.planreview.PlanReviewApplication;
import uk.gov.london.planreview.cli.Launcher;
import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.review.ReviewCommand;
import uk.gov.london.planreview.review.ReviewCsv;
import uk.gov.london.planreview.review.ReviewRequest;
import uk.gov.london.planreview.testing.Project;

/**
 * A reviewer edits a weight in config/application.yml; the next run scores with it, with
 * no rebuild.
 */
class WeightsFromConfigurationTests {

	@TempDir
	Path home;

	@Test
	void changingAWeightInApplicationYmlChangesOverallScoresOnTheNextRun() throws Exception {
		Project.home(this.home);
		Path input = this.home.resolve("input");
		Fixtures.plan(input, "Camden.xlsx", "Camden");
		Path partial = Fixtures.cover(uk.gov.london.planreview.ingest.FixtureWorkbook.xlsx(), "Hackney", "2021", false)
			.sheet("Actions")
			.row(1, "Ref", "Action", "Lead", "RAG")
			.row(2, "1.1", "Name the senior leads for violence reduction from the council and the police BCU", "", "G")
			.write(input.resolve("Hackney.xlsx"));
		assertThat(partial).exists();

		Map<String, String> before = overallScores(input, "2026-Q1");
		Files.createDirectories(this.home.resolve("config"));
		Files.writeString(this.home.resolve("config/application.yml"), """
				planreview:
				  progress: false
				  scoring:
				    overall:
				      completeness: 100
				      mandatory-coverage: 0
				      partnership-breadth: 0
				      sign-off: 0
				""");
		Map<String, String> after = overallScores(input, "2026-Q2");

		assertThat(after).isNotEqualTo(before);
		List<CSVRecord> scores = ReviewCsv.read(this.home.resolve("output/2026-Q2/scores.csv"));
		assertThat(scores).allSatisfy(r -> assertThat(r.get("overall")).isEqualTo(r.get("completeness")));
	}

	private Map<String, String> overallScores(Path input, String quarter) throws Exception {
		System.setProperty("planreview.progress", "false");
		try (ConfigurableApplicationContext context = Launcher.start(PlanReviewApplication.class, this.home)) {
			ReviewCommand.Outcome outcome = context.getBean(ReviewCommand.class)
				.review(ReviewRequest.of(input, this.home.resolve("output"), Quarter.parse(quarter))
					.withoutDocuments());
			assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		}
		finally {
			System.clearProperty("planreview.progress");
		}
		return ReviewCsv.read(this.home.resolve("output/" + quarter + "/scores.csv"))
			.stream()
			.collect(Collectors.toMap(r -> r.get("plan_id"), r -> r.get("overall")));
	}

}
