package uk.gov.london.planreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.london.planreview.archive.Manifest;
import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.testing.JobTest;

/**
 * Input folders as analysts keep them: plans in sub-folders (per BCU, per month), clutter
 * beside them, links that lead elsewhere; and a folder where no plan can be read, which
 * must not give a review.
 */
@JobTest
class InputFolderJobTests {

	static final Quarter QUARTER = Quarter.parse("2026-Q3");

	@TempDir
	Path work;

	@Autowired
	ReviewCommand command;

	@Test
	void plansInSubFoldersAreReviewedAndKnownByTheirPathWithinTheInput() throws Exception {
		Path input = this.work.resolve("input");
		Fixtures.plan(input.resolve("plans/Central North"), "Camden.xlsx", "Camden");
		Fixtures.plan(input.resolve("plans/South/2026-10"), "Croydon.xlsx", "Croydon");
		Files.writeString(input.resolve("plans/South/~$Croydon.xlsx"), "lock");
		Files.createDirectories(input.resolve(".git"));
		Fixtures.plan(input.resolve(".git"), "Hidden.xlsx", "Bromley");
		Path elsewhere = Fixtures.plan(this.work.resolve("elsewhere"), "Sutton.xlsx", "Sutton");
		Files.createSymbolicLink(input.resolve("plans/Sutton.xlsx"), elsewhere);
		Path output = this.work.resolve("output");

		ReviewCommand.Outcome outcome = this.command
			.review(ReviewRequest.of(input, output, QUARTER).withoutDocuments());

		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		Path quarter = output.resolve(QUARTER.toString());
		assertThat(ReviewCsv.read(quarter.resolve("scores.csv"))).extracting(r -> r.get("source_file"))
			.containsExactly("plans/Central North/Camden.xlsx", "plans/South/2026-10/Croydon.xlsx");
		assertThat(Manifest.read(quarter.resolve("manifest.json")).inputs()).extracting(Manifest.Entry::name)
			.containsExactly("plans/Central North/Camden.xlsx", "plans/South/2026-10/Croydon.xlsx",
					"plans/South/~$Croydon.xlsx");
		List<CSVRecord> findings = ReviewCsv.read(quarter.resolve("findings.csv"));
		assertThat(findings).anySatisfy(f -> {
			assertThat(f.get("source_file")).isEqualTo("plans/Sutton.xlsx");
			assertThat(f.get("severity")).isEqualTo("warning");
			assertThat(f.get("message")).contains("outside the input folder");
		});
		assertThat(findings).extracting(r -> r.get("source_file")).doesNotContain(".git/Hidden.xlsx");
	}

	@Test
	void aFolderWithNoReadablePlanStopsSayingWhatItFoundAndPublishesNothing() throws Exception {
		Path input = this.work.resolve("input");
		Fixtures.renamedPdf(input.resolve("plans"), "Lewisham.xlsx");
		Files.writeString(input.resolve("notes.txt"), "Sent by email");
		Path output = this.work.resolve("output");
		ReviewRequest request = ReviewRequest.of(input, output, QUARTER).withoutDocuments();

		ReviewCommand.Outcome outcome = this.command.review(request);

		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.message())
			.startsWith("No plan could be reviewed, so nothing was published: of the 1 workbook in ")
			.contains("plans/Lewisham.xlsx (")
			.contains("1 other file")
			.doesNotContain("\n");
		assertThat(output.resolve(QUARTER.toString()).resolve("manifest.json")).doesNotExist();

		Fixtures.plan(input.resolve("plans"), "Camden.xlsx", "Camden");
		ReviewCommand.Outcome again = this.command.review(request);

		assertThat(again.exitCode()).as(again.message()).isZero();
		assertThat(ReviewCsv.read(output.resolve(QUARTER + "/scores.csv"))).extracting(r -> r.get("plan_id"))
			.containsExactly("E09000007");
	}

	@Test
	void anEmptyFolderStopsSayingSo() throws Exception {
		Path input = Files.createDirectories(this.work.resolve("empty"));

		ReviewCommand.Outcome outcome = this.command
			.review(ReviewRequest.of(input, this.work.resolve("output"), QUARTER).withoutDocuments());

		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.message()).isEqualTo("No plan could be reviewed, so nothing was published: " + input
				+ " and its sub-folders hold no plan workbook (.xlsx, .xlsm or .xls): the folder is empty. Put the "
				+ "plans' workbooks there, or give the folder that holds them with --input.");
		assertThat(this.work.resolve("output").resolve(QUARTER.toString()).resolve("manifest.json")).doesNotExist();
	}

}
