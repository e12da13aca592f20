package uk.gov.london.planreview.review;

import java.sql.Timestamp;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.ingest.InputFolder;

/** Runs of the review and the input files each one took, in the project's tables. */
@Repository
public class ReviewRunStore {

	private final JdbcClient jdbc;

	ReviewRunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An input file as a run recorded it. */
	public record RecordedInput(String name, InputFolder.Kind kind, String sha256) {
	}

	void begin(ReviewRun run) {
		this.jdbc.sql("DELETE FROM review_run WHERE run_id = ?").param(run.runId()).update();
		this.jdbc.sql("""
				INSERT INTO review_run (run_id, job, quarter, revision, input_dir, output_dir, run_date, status)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING')""")
			.params(run.runId(), Jobs.name(run.part()), run.quarter().toString(), run.revision(),
					run.input().toString(), run.output().toString(), Timestamp.from(run.runDate()))
			.update();
	}

	void complete(ReviewRun run, Instant when) {
		this.jdbc.sql("UPDATE review_run SET status = 'COMPLETED', completed_at = ? WHERE run_id = ?")
			.params(Timestamp.from(when), run.runId())
			.update();
	}

	void recordInput(long runId, RecordedInput input) {
		this.jdbc.sql("INSERT INTO input_file (run_id, name, kind, sha256) VALUES (?, ?, ?, ?)")
			.params(runId, input.name(), input.kind().name(), input.sha256())
			.update();
	}

	public List<RecordedInput> inputs(long runId) {
		return this.jdbc.sql("SELECT name, kind, sha256 FROM input_file WHERE run_id = ? ORDER BY name")
			.param(runId)
			.query((rs, n) -> new RecordedInput(rs.getString("name"), InputFolder.Kind.valueOf(rs.getString("kind")),
					rs.getString("sha256")))
			.list();
	}

	/**
	 * How many runs of this job for this quarter, input, output and revision have
	 * completed.
	 */
	int completedRuns(String job, Quarter quarter, Path input, Path output, int revision) {
		return this.jdbc
			.sql("""
					SELECT COUNT(*) FROM review_run
					WHERE job = ? AND quarter = ? AND input_dir = ? AND output_dir = ? AND revision = ? AND status = 'COMPLETED'""")
			.params(job, quarter.toString(), input.toAbsolutePath().normalize().toString(),
					output.toAbsolutePath().normalize().toString(), revision)
			.query(Integer.class)
			.single();
	}

}
