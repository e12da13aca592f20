package uk.gov.london.planreview.review;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.london.planreview.ingest.InputFolder;
import uk.gov.london.planreview.quarter.Quarter;

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

	/**
	 * @param settings the fingerprint of the settings and reference data the run reads
	 */
	void begin(ReviewRun run, String settings) {
		this.jdbc.sql("DELETE FROM review_run WHERE run_id = ?").param(run.runId()).update();
		this.jdbc.sql("DELETE FROM input_file WHERE run_id = ?").param(run.runId()).update();
		this.jdbc.sql("""
				INSERT INTO review_run (run_id, job, quarter, revision, input_dir, output_dir, run_date, status,
				    settings_sha256)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?)""")
			.params(run.runId(), Jobs.name(run.part()), run.quarter().toString(), run.revision(),
					run.input().toString(), run.output().toString(), Timestamp.from(run.runDate()), settings)
			.update();
	}

	void complete(ReviewRun run, Instant when) {
		this.jdbc.sql("UPDATE review_run SET status = 'COMPLETED', completed_at = ? WHERE run_id = ?")
			.params(Timestamp.from(when), run.runId())
			.update();
	}

	/** A run that will not be resumed: an attempt set aside for one started afresh. */
	void setAside(long runId) {
		this.jdbc.sql("UPDATE review_run SET status = 'ABANDONED' WHERE run_id = ? AND status = 'RUNNING'")
			.param(runId)
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
	 * The fingerprint of the settings a run started with, when it got as far as recording
	 * it.
	 */
	Optional<String> settings(long runId) {
		return this.jdbc.sql("SELECT settings_sha256 FROM review_run WHERE run_id = ?")
			.param(runId)
			.query(String.class)
			.optional();
	}

	/**
	 * Runs of a job for a quarter into an output folder that began and never completed:
	 * failed, killed, or interrupted while publishing.
	 */
	List<Long> unfinished(String job, Quarter quarter, Path output) {
		return this.jdbc.sql("""
				SELECT run_id FROM review_run WHERE job = ? AND quarter = ? AND output_dir = ? AND status = 'RUNNING'
				ORDER BY run_id""")
			.params(job, quarter.toString(), output.toAbsolutePath().normalize().toString())
			.query(Long.class)
			.list();
	}

}
