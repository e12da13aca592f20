package uk.gov.london.planreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.testing.Project;
import uk.gov.london.planreview.testing.TestDatabase;

/**
 * A server that began on the embedded H2 database moves to PostgreSQL (or, in the H2 run
 * of the suite, another H2 database) and keeps its history: the next quarter's review on
 * the new database measures movement against the quarter reviewed on the old one.
 */
class MoveHistoryJobTests {

	@TempDir
	Path work;

	@Test
	void theNextQuarterOnTheNewDatabaseMeasuresMovementAgainstTheOld() throws Exception {
		Path home = Project.home(this.work);
		Object[][] amber = Fixtures.standardActions();
		Object[][] green = Arrays.stream(amber).map(a -> Arrays.copyOf(a, a.length)).toArray(Object[][]::new);
		green[2][9] = "Green";
		Path q1 = this.work.resolve("q1");
		Path q2 = this.work.resolve("q2");
		Fixtures.plan(q1, "Camden.xlsx", "Camden", amber);
		Fixtures.plan(q2, "Camden.xlsx", "Camden", green);
		// A file that is not read is a finding: findings are numbered, and go on being
		// so.
		Files.writeString(q1.resolve("notes.txt"), "Covering note");
		Files.writeString(q2.resolve("notes.txt"), "Covering note");
		Path output = this.work.resolve("output");
		Path old = this.work.resolve("old/plan-review");
		String embedded = "jdbc:h2:file:" + old + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE";
		String moved = TestDatabase.url(this.work.resolve("new"));
		AppProcess first = AppProcess.run(home, embedded, line -> false, "--no-documents", "--quarter", "2026-Q1",
				"--input", q1.toString(), "--output", output.toString());
		assertThat(first.exitCode()).as("%s", first.output()).isZero();

		AppProcess move = AppProcess.run(home, moved, line -> false, "move-history", "--from", old.toString());

		assertThat(move.exitCode()).as("%s", move.output()).isZero();
		assertThat(move.output()).contains("Moved review_run: 1 rows")
			.anyMatch(line -> line.startsWith("Moved the history of 1 review (2026-Q1) from " + old + ".mv.db into "));

		AppProcess next = AppProcess.run(home, moved, line -> false, "--no-documents", "--quarter", "2026-Q2",
				"--input", q2.toString(), "--output", output.toString());
		assertThat(next.exitCode()).as("%s", next.output()).isZero();
		List<CSVRecord> movement = ReviewCsv.read(output.resolve("2026-Q2/movement.csv"));
		assertThat(movement)
			.extracting(r -> r.get("action_ref") + " " + r.get("previous_rag") + " " + r.get("movement"))
			.containsExactly(amber[2][0] + " amber turned green");
		assertThat(ReviewCsv.read(output.resolve("2026-Q2/findings.csv")))
			.anyMatch(finding -> finding.get("source_file").equals("notes.txt"));

		AppProcess again = AppProcess.run(home, moved, line -> false, "move-history", "--from", old.toString());
		assertThat(again.exitCode()).isEqualTo(3);
		assertThat(again.output()).anyMatch(line -> line.contains("already holds the history of 2 runs"));
	}

	@Test
	void movingFromADatabaseThatIsNotThereSaysSo() throws Exception {
		Path home = Project.home(this.work);
		AppProcess move = AppProcess.run(home, TestDatabase.url(this.work), line -> false, "move-history", "--from",
				this.work.resolve("nowhere/plan-review").toString());

		assertThat(move.exitCode()).isEqualTo(2);
		assertThat(move.output()).anyMatch(line -> line.startsWith(
				"There is no database at " + this.work.resolve("nowhere/plan-review.mv.db") + ": nothing to move."));
	}

}
