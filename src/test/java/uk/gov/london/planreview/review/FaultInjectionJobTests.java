package uk.gov.london.planreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.london.planreview.archive.Manifest;
import uk.gov.london.planreview.archive.RevisionIndex;
import uk.gov.london.planreview.archive.Sha256;
import uk.gov.london.planreview.history.MovementStore;
import uk.gov.london.planreview.ingest.FixtureWorkbook;
import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.testing.Folders;
import uk.gov.london.planreview.testing.JobTest;

/**
 * A run stopped at every point it passes — the start of each step, each file moved into
 * place while publishing, after revisions.json, after the run is recorded — by a failure
 * or as a kill would leave it, is run again with the same command; it must then publish
 * exactly what an uninterrupted run publishes, with an archive and manifest that agree
 * file by file, and a history the next quarter finds. The same with a workbook removed,
 * added or replaced between the attempts; and with workbooks at the legal size limits.
 */
@JobTest
@Import(FaultInjectionJobTests.Stops.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionJobTests {

	static final Quarter QUARTER = Quarter.parse("2026-Q3");

	static final LocalDate DATE = LocalDate.of(2026, 10, 10);

	@TempDir
	static Path work;

	@Autowired
	ReviewCommand command;

	@Autowired
	StopAt stops;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovementStore movements;

	Path input;

	Path reference;

	/** Every point an uninterrupted run passes, in order. */
	List<String> points;

	@TestConfiguration
	static class Stops {

		@Bean
		@Primary
		StopAt stopAt() {
			return new StopAt();
		}

	}

	/** Stops a run once at a chosen point, and notes every point passed. */
	static final class StopAt implements Checkpoints {

		private volatile String armed;

		private final List<String> passed = new ArrayList<>();

		@Override
		public void reached(String point) {
			this.passed.add(point);
			if (point.equals(this.armed)) {
				this.armed = null;
				throw new IllegalStateException("Stopped at \"" + point + "\" by the test");
			}
		}

		void arm(String point) {
			this.armed = point;
			this.passed.clear();
		}

	}

	@BeforeAll
	void input() throws Exception {
		this.input = work.resolve("input");
		Fixtures.plan(this.input.resolve("South"), "Croydon.xlsx", "Croydon");
		Fixtures.plan(this.input.resolve("North"), "Enfield.xlsx", "Enfield");
		Fixtures.plan(this.input, "Hackney.xlsx", "Hackney");
		this.reference = work.resolve("reference");
		this.stops.arm(null);
		assertThat(review(this.input, this.reference).exitCode()).isZero();
		this.points = List.copyOf(this.stops.passed);
	}

	ReviewCommand.Outcome review(Path input, Path output) throws Exception {
		return this.command.review(ReviewRequest.of(input, output, QUARTER).dated(DATE).withoutDocuments());
	}

	@Test
	void aRunStoppedAtAnyPointAndRunAgainPublishesWhatAnUninterruptedRunPublishes() throws Exception {
		assertThat(this.points).startsWith("before prepareRun", "before readPlans")
			.contains("before publish", "publish: moved scores.csv", "publish: moved manifest.json",
					"publish: revisions.json written")
			.endsWith("publish: recorded as complete");
		List<String> checked = new ArrayList<>();
		for (int i = 0; i < this.points.size(); i++) {
			String point = this.points.get(i);
			boolean killed = i % 2 == 1;
			Path output = work.resolve("stopped-" + i);
			this.stops.arm(point);

			ReviewCommand.Outcome stopped = review(this.input, output);

			assertThat(stopped.exitCode()).as(point).isEqualTo(1);
			if (killed) {
				leaveAsAKillWould();
			}
			ReviewCommand.Outcome again = review(this.input, output);

			assertThat(again.exitCode()).as(point + ": " + again.message()).isZero();
			assertSameAsUninterrupted(output, this.reference, point);
			checked.add(point);
		}
		assertThat(checked).containsExactlyElementsOf(this.points);
		System.out.println("Stopped and ran again at " + checked.size() + " points: " + checked);
	}

	@Test
	void aRerunStoppedWhilePublishingIsFinishedAsItsOwnRevision() throws Exception {
		Path output = work.resolve("rerun");
		assertThat(review(this.input, output).exitCode()).isZero();
		ReviewRequest rerun = ReviewRequest.of(this.input, output, QUARTER).dated(DATE).withoutDocuments().asRerun();
		for (String point : List.of("publish: moved revision-2", "publish: revisions.json written")) {
			this.stops.arm(point);
			assertThat(this.command.review(rerun).exitCode()).as(point).isEqualTo(1);
			leaveAsAKillWould();

			ReviewCommand.Outcome again = this.command.review(rerun);

			assertThat(again.exitCode()).as(point + ": " + again.message()).isZero();
			assertThat(again.message()).contains("revision-2");
			Path revision = output.resolve(QUARTER + "/revision-2");
			assertArchiveAgreesWithManifest(revision);
			assertThat(RevisionIndex.read(output.resolve(QUARTER + "/" + RevisionIndex.FILE)).current()).isEqualTo(2);
			assertThat(this.movements.publishedRun(QUARTER, output, 2)).as(point).isPresent();
			Files.walk(revision).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	void aWorkbookRemovedAddedOrReplacedBetweenAttemptsStartsTheReviewAfresh() throws Exception {
		for (String change : List.of("removed", "added", "replaced")) {
			Path changing = Folders.copy(this.input, work.resolve("input-" + change));
			Path output = work.resolve("changed-" + change);
			this.stops.arm("before scorePlans");
			assertThat(review(changing, output).exitCode()).isEqualTo(1);

			switch (change) {
				case "removed" -> Files.delete(changing.resolve("Hackney.xlsx"));
				case "added" -> Fixtures.plan(changing.resolve("North"), "Haringey.xlsx", "Haringey");
				default -> Fixtures.plan(changing, "Hackney.xlsx", "Hackney",
						new Object[][] { Fixtures.standardActions()[0] });
			}
			ReviewCommand.Outcome again = review(changing, output);

			assertThat(again.exitCode()).as(again.message()).isZero();
			Path uninterrupted = work.resolve("uninterrupted-" + change);
			assertThat(review(Folders.copy(changing, work.resolve("fresh-" + change)), uninterrupted).exitCode())
				.isZero();
			assertSameAsUninterrupted(output, uninterrupted, change);
			assertThat(Manifest.read(output.resolve(QUARTER + "/manifest.json")).inputs())
				.extracting(Manifest.Entry::name)
				.containsExactlyElementsOf(Manifest.read(uninterrupted.resolve(QUARTER + "/manifest.json"))
					.inputs()
					.stream()
					.map(Manifest.Entry::name)
					.toList());
		}
	}

	@Test
	void aPlanRemovedAfterItsFeedbackWasRenderedLeavesNothingBehind() throws Exception {
		Path changing = Folders.copy(this.input, work.resolve("input-rendered"));
		Path output = work.resolve("rendered");
		this.stops.arm("before publish");
		ReviewRequest request = ReviewRequest.of(changing, output, QUARTER).dated(DATE);
		assertThat(this.command.review(request).exitCode()).isEqualTo(1);

		Files.delete(changing.resolve("Hackney.xlsx"));
		ReviewCommand.Outcome again = this.command.review(request);

		assertThat(again.exitCode()).as(again.message()).isZero();
		Path quarter = output.resolve(QUARTER.toString());
		assertThat(quarter.resolve("feedback/E09000012.pdf")).doesNotExist();
		assertThat(quarter.resolve("feedback/E09000008.pdf")).isRegularFile();
		assertArchiveAgreesWithManifest(quarter);
	}

	@Test
	void workbooksAtTheLegalSizeLimitsDoNotStopLondonsReview() throws Exception {
		Path limits = Folders.copy(this.input, work.resolve("input-limits"));
		String long30k = "Action text that runs on and on. ".repeat(1000).substring(0, 30_000);
		FixtureWorkbook lewisham = Fixtures.cover(FixtureWorkbook.xlsx(), "Lewisham", "2021", true)
			.sheet("Action Plan")
			.row(3, Fixtures.HEADER);
		for (int i = 0; i < 4; i++) {
			lewisham.row(4 + i, "3." + (i + 1), "Reducing access to weapons", long30k, long30k, "Trading Standards",
					"Council", null, null, long30k, "Red", long30k);
		}
		lewisham.write(limits.resolve("Lewisham.xlsx"));
		FixtureWorkbook newham = Fixtures.cover(FixtureWorkbook.xlsx(), "Newham", "2021", true)
			.sheet("Action Plan")
			.row(3, Fixtures.HEADER);
		for (int r = 4; r < 50_004; r++) {
			newham.row(r, "1." + r, "Governance", "Weekly patrol of the estate number " + r, null, "PC Smith");
		}
		newham.write(limits.resolve("Newham.xlsx"));
		Path output = work.resolve("limits");

		ReviewCommand.Outcome outcome = this.command
			.review(ReviewRequest.of(limits, output, QUARTER).dated(DATE).withoutDocuments());

		assertThat(outcome.exitCode()).as(outcome.message()).isZero();
		Path quarter = output.resolve(QUARTER.toString());
		assertThat(ReviewCsv.read(quarter.resolve("scores.csv"))).extracting(r -> r.get("plan_id"))
			.containsExactlyInAnyOrder("E09000008", "E09000010", "E09000012", "E09000023");
		assertThat(ReviewCsv.read(quarter.resolve("actions.csv"))).filteredOn(r -> r.get("plan_id").equals("E09000023"))
			.allSatisfy(r -> assertThat(r.get("action")).hasSize(30_000));
		assertThat(ReviewCsv.read(quarter.resolve("findings.csv"))).anySatisfy(f -> {
			assertThat(f.get("source_file")).isEqualTo("Newham.xlsx");
			assertThat(f.get("severity")).isEqualTo("error");
			assertThat(f.get("message")).contains("more than 50,000 filled cells").contains("set aside");
		});
	}

	/** Marks the last execution as still running, as a run killed outright leaves it. */
	private void leaveAsAKillWould() {
		long execution = this.jdbc.sql("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION")
			.query(Long.class)
			.single();
		this.jdbc
			.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
					+ "WHERE JOB_EXECUTION_ID = ?")
			.param(execution)
			.update();
		this.jdbc
			.sql("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL "
					+ "WHERE JOB_EXECUTION_ID = ? AND STATUS = 'FAILED'")
			.param(execution)
			.update();
	}

	private void assertSameAsUninterrupted(Path output, Path reference, String point) throws IOException {
		Path quarter = output.resolve(QUARTER.toString());
		Path expected = reference.resolve(QUARTER.toString());
		Map<String, String> files = files(quarter);
		Map<String, String> expectedFiles = files(expected);
		files.remove("manifest.json");
		expectedFiles.remove("manifest.json");
		files.remove(RevisionIndex.FILE);
		expectedFiles.remove(RevisionIndex.FILE);
		assertThat(files).as(point).isEqualTo(expectedFiles);
		Manifest manifest = Manifest.read(quarter.resolve("manifest.json"));
		Manifest uninterrupted = Manifest.read(expected.resolve("manifest.json"));
		assertThat(manifest.outputs()).as(point).isEqualTo(uninterrupted.outputs());
		assertThat(manifest.reviewDate()).as(point).isEqualTo(uninterrupted.reviewDate());
		assertArchiveAgreesWithManifest(quarter);
		RevisionIndex index = RevisionIndex.read(quarter.resolve(RevisionIndex.FILE));
		assertThat(index.current()).as(point).isEqualTo(1);
		assertThat(this.movements.publishedRun(QUARTER, output, 1)).as(point + ": the next quarter finds it")
			.isPresent();
		for (String page : List.of("index.html", "actions.html")) {
			assertThat(output.resolve(page)).as(point).hasSameTextualContentAs(reference.resolve(page));
		}
	}

	/**
	 * Every file of the revision is in its manifest with its fingerprint, and nothing
	 * else.
	 */
	private static void assertArchiveAgreesWithManifest(Path quarter) throws IOException {
		Manifest manifest = Manifest.read(quarter.resolve("manifest.json"));
		Map<String, String> files = files(quarter);
		files.remove("manifest.json");
		files.remove(RevisionIndex.FILE);
		Map<String, String> listed = new TreeMap<>();
		manifest.outputs().forEach(e -> listed.put(e.name(), e.sha256()));
		assertThat(files).isEqualTo(listed);
		try (Stream<Path> all = Files.walk(quarter)) {
			assertThat(all.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
		}
	}

	private static Map<String, String> files(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file).toString().replace('\\', '/'), Sha256.of(file));
			}
		}
		return files;
	}

}
