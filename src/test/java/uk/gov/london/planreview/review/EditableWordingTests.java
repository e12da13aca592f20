package uk.gov.london.planreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.report.DocumentFixtures;
import uk.gov.london.planreview.testing.Project;

/**
 * An officer changes a sentence and a threshold, as the README says, with no rebuild: a
 * sentence in a copy of templates/ and a threshold in config/application.yml. The next
 * run's documents say the new sentence and judge by the new threshold.
 */
class EditableWordingTests {

	@TempDir
	Path home;

	@Test
	void aSentenceEditedInTheTemplatesAndAThresholdInTheSettingsShowInTheNextRun() throws Exception {
		Project.home(this.home);
		Path input = this.home.resolve("input");
		DocumentFixtures.write(input, "http://127.0.0.1:9");
		Path output = this.home.resolve("output");

		// As shipped: Lambeth's plan, most of whose actions the police lead alone, is
		// "almost entirely police actions".
		ReviewCommand.Outcome first = run(ReviewRequest.of(input, output, Quarter.parse("2026-Q2")));
		assertThat(first.exitCode()).as(first.message()).isZero();
		String before = ReviewPdf.text(output.resolve("2026-Q2/feedback/E09000022.pdf"));
		assertThat(before).contains("What we ask of the board").contains("Almost entirely police actions");

		// The officer copies templates/, rewords a heading, and raises the threshold.
		copyTemplates(this.home.resolve("templates"));
		Path front = this.home.resolve("templates/feedback/front.ftl");
		Files.writeString(front, Files.readString(front)
			.replace("What we ask of the board", "What the panel asks of the board before its next meeting"));
		Files.createDirectories(this.home.resolve("config"));
		Files.writeString(this.home.resolve("config/application.yml"),
				"planreview:\n  documents:\n    police-heavy-share: 0.95\n");

		ReviewCommand.Outcome second = run(ReviewRequest.of(input, output, Quarter.parse("2026-Q3")));
		assertThat(second.exitCode()).as(second.message()).isZero();
		String after = ReviewPdf.text(output.resolve("2026-Q3/feedback/E09000022.pdf"));
		assertThat(after).contains("What the panel asks of the board before its next meeting")
			.doesNotContain("Almost entirely police actions");
		assertThat(ReviewPdf.text(output.resolve("2026-Q3/review.pdf")))
			.contains("more than 95% of its actions are led by the police alone");
	}

	private static void copyTemplates(Path target) throws IOException {
		Path source = Project.path("templates");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
	}

	private ReviewCommand.Outcome run(ReviewRequest request) throws Exception {
		return HomeRuns.review(this.home, request);
	}

}
