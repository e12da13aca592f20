package uk.gov.london.planreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.london.planreview.archive.Manifest;
import uk.gov.london.planreview.archive.Sha256;
import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.testing.JobTest;
import uk.gov.london.planreview.testing.TestDatabase;

/**
 * The whole quarterly review on a small input: three readable plans (one of them joint),
 * a PDF renamed as a workbook, a truncated workbook and a stray text file.
 */
@JobTest
class QuarterlyReviewJobTests {

	@TempDir
	static Path work;

	static Path input;

	@Autowired
	ReviewCommand command;

	@Autowired
	javax.sql.DataSource dataSource;

	@BeforeAll
	static void input() throws IOException {
		input = work.resolve("input");
		Path camden = Fixtures.plan(input, "Camden VVRAP 2026.xlsx", "London Borough of Camden");
		Fixtures.plan(input, "Hackney.xlsx", "LB Hackney");
		Fixtures.plan(input, "Kingston and Richmond.xlsx", "Kingston upon Thames and Richmond upon Thames");
		Fixtures.renamedPdf(input, "Lewisham.xlsx");
		Fixtures.truncated(input, "Merton.xlsx", camden);
		Files.writeString(input.resolve("notes.txt"), "Sent by email on 10 October");
	}

	@Test
	void reviewsEveryReadablePlanAndListsWhatItCouldNotRead() throws Exception {
		Path output = work.resolve("output-a");

		ReviewCommand.Outcome outcome = this.command.review(ReviewRequest.of(input, output, Quarter.parse("2026-Q3")));

		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		Path quarter = output.resolve("2026-Q3");
		assertThat(quarter.resolve("review.pdf")).isRegularFile();
		assertThat(quarter.resolve("review.html")).isRegularFile();

		List<CSVRecord> actions = csv(quarter.resolve("actions.csv"));
		assertThat(actions).hasSize(36);
		assertThat(actions.stream().map(r -> r.get("plan_id")).distinct()).containsExactly("E09000007", "E09000012",
				"E09000021+E09000027");
		CSVRecord joint = actions.stream().filter(r -> r.get("plan_id").contains("+")).findFirst().orElseThrow();
		assertThat(joint.get("authorities")).isEqualTo("Kingston upon Thames; Richmond upon Thames");
		assertThat(joint.get("action_type")).isEqualTo("mandatory");
		assertThat(joint.get("start_date")).isEqualTo("2026-04-01");

		List<CSVRecord> scores = csv(quarter.resolve("scores.csv"));
		assertThat(scores).hasSize(3);
		assertThat(scores.get(0).get("signed_off")).isEqualTo("yes");

		Map<String, List<CSVRecord>> findings = csv(quarter.resolve("findings.csv")).stream()
			.collect(Collectors.groupingBy(r -> r.get("source_file")));
		assertThat(findings.get("Lewisham.xlsx")).singleElement().satisfies(f -> {
			assertThat(f.get("severity")).isEqualTo("error");
			assertThat(f.get("message")).contains("not a spreadsheet").contains("PDF");
		});
		assertThat(findings.get("Merton.xlsx")).singleElement().satisfies(f -> {
			assertThat(f.get("severity")).isEqualTo("error");
			assertThat(f.get("message")).contains("damaged");
		});
		assertThat(findings.get("notes.txt")).singleElement()
			.satisfies(f -> assertThat(f.get("message")).contains("not a plan workbook"));
		assertThat(findings.get("")).extracting(r -> r.get("message"))
			.contains("No plan for Westminster was reviewed this quarter: none was received.",
					"No plan for Merton was reviewed this quarter: Merton.xlsx, which may be its plan, was received "
							+ "but could not be read (see its findings).")
			.hasSize(33 - 4);

		Manifest manifest = Manifest.read(quarter.resolve("manifest.json"));
		assertThat(manifest.quarter()).isEqualTo(Quarter.parse("2026-Q3"));
		assertThat(manifest.revision()).isEqualTo(1);
		assertThat(manifest.inputs()).extracting(Manifest.Entry::name)
			.containsExactly("Camden VVRAP 2026.xlsx", "Hackney.xlsx", "Kingston and Richmond.xlsx", "Lewisham.xlsx",
					"Merton.xlsx", "notes.txt");
		assertThat(manifest.outputs()).extracting(Manifest.Entry::name)
			.containsExactly("actions.csv", "feedback/E09000007-annotated.xlsx", "feedback/E09000007.html",
					"feedback/E09000007.pdf", "feedback/E09000012-annotated.xlsx", "feedback/E09000012.html",
					"feedback/E09000012.pdf", "feedback/E09000021+E09000027-annotated.xlsx",
					"feedback/E09000021+E09000027.html", "feedback/E09000021+E09000027.pdf", "feedback/screen.css",
					"findings.csv", "good-practice.csv", "index.html", "linking-up.csv", "movement.csv", "review.html",
					"review.pdf", "review.xlsx", "scores.csv", "screen.css");
		for (Manifest.Entry entry : manifest.outputs()) {
			assertThat(Sha256.of(quarter.resolve(entry.name()))).as(entry.name()).isEqualTo(entry.sha256());
		}
		for (Manifest.Entry entry : manifest.inputs()) {
			assertThat(Sha256.of(input.resolve(entry.name()))).as(entry.name()).isEqualTo(entry.sha256());
		}
		try (var leftovers = Files.list(quarter)) {
			assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
		}
	}

	@Test
	void aSecondRunForAReviewedQuarterChangesNothing() throws Exception {
		Path output = work.resolve("output-b");
		assertThat(this.command.review(ReviewRequest.of(input, output, Quarter.parse("2026-Q2")).withoutDocuments())
			.exitCode()).isZero();
		Path manifest = output.resolve("2026-Q2/manifest.json");
		String before = Sha256.of(manifest);

		ReviewCommand.Outcome again = this.command
			.review(ReviewRequest.of(input, output, Quarter.parse("2026-Q2")).withoutDocuments());

		assertThat(again.exitCode()).isEqualTo(3);
		assertThat(again.message()).contains("already been reviewed").contains("--rerun");
		assertThat(Sha256.of(manifest)).isEqualTo(before);
	}

	@Test
	void aReviewWhoseOutputsWereDeletedIsReviewedAfresh() throws Exception {
		Path output = work.resolve("output-c");
		ReviewRequest request = ReviewRequest.of(input, output, Quarter.parse("2026-Q1")).withoutDocuments();
		assertThat(this.command.review(request).exitCode()).isZero();
		uk.gov.london.planreview.archive.Publisher.deleteTree(output);

		ReviewCommand.Outcome again = this.command.review(request);

		assertThat(again.exitCode()).as(again.message()).isZero();
		assertThat(output.resolve("2026-Q1/manifest.json")).isRegularFile();
	}

	@Test
	void aSecondRunOfAQuarterUnderWayIsTurnedAwayNamingTheFirst() throws Exception {
		Path output = work.resolve("output-busy");
		Path lock = Files.createDirectories(output.resolve(".locks")).resolve("2026-Q1.lock");
		Files.writeString(lock, "process 4242, started 2026-11-29T09:30, reviewing 2026-Q1 from /srv/plans");
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock held = channel.lock()) {

			ReviewCommand.Outcome second = this.command
				.review(ReviewRequest.of(input, output, Quarter.parse("2026-Q1")).withoutDocuments());

			assertThat(second.exitCode()).isEqualTo(4);
			assertThat(second.message()).isEqualTo("Another plan-review run is already working on 2026-Q1 in " + output
					+ " (process 4242, started 2026-11-29T09:30, reviewing 2026-Q1 from /srv/plans). Wait for it to "
					+ "finish, then run this again.");
		}
		assertThat(output.resolve("2026-Q1/manifest.json")).doesNotExist();
	}

	@Test
	void publishedFilesFollowTheUmaskSoColleaguesCanReadThem() throws Exception {
		Path output = work.resolve("output-shared");
		assertThat(this.command.review(ReviewRequest.of(input, output, Quarter.parse("2025-Q4")).withoutDocuments())
			.exitCode()).isZero();
		Path probe = Files.createFile(work.resolve("probe"));

		try (var published = Files.walk(output.resolve("2025-Q4"))) {
			assertThat(published.filter(Files::isRegularFile))
				.allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file)).as(file.toString())
					.isEqualTo(Files.getPosixFilePermissions(probe)));
		}
	}

	@Test
	void runsOnTheDatabaseTheSuiteWasAskedFor() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName())
				.isEqualTo(TestDatabase.postgresql() ? "PostgreSQL" : "H2");
		}
	}

	static List<CSVRecord> csv(Path file) throws IOException {
		return ReviewCsv.read(file);
	}

}
