package uk.gov.london.planreview.finding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The findings of a run, kept in the order they were made, each with the step that made
 * it.
 */
@Repository
public class FindingStore {

	private final JdbcClient jdbc;

	FindingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(long runId, String step, List<Finding> findings) {
		for (Finding f : findings) {
			this.jdbc.sql("""
					INSERT INTO finding (run_id, step, source_file, plan_id, severity, location, message)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(runId, step, f.sourceFile(), f.planId(), f.severity().name(), f.location(), f.message())
				.update();
		}
	}

	/** Removes what a step found, before the step runs again. */
	public void clear(long runId, String step) {
		this.jdbc.sql("DELETE FROM finding WHERE run_id = ? AND step = ?").params(runId, step).update();
	}

	/** How many findings of each severity the run made; every severity is present. */
	public Map<Severity, Integer> counts(long runId) {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0);
		}
		this.jdbc.sql("SELECT severity, COUNT(*) AS n FROM finding WHERE run_id = ? GROUP BY severity")
			.param(runId)
			.query((RowCallbackHandler) rs -> counts.put(Severity.valueOf(rs.getString("severity")), rs.getInt("n")));
		return counts;
	}

	public List<Finding> all(long runId) {
		return this.jdbc.sql(
				"SELECT source_file, plan_id, severity, location, message FROM finding WHERE run_id = ? ORDER BY source_file, finding_id")
			.param(runId)
			.query((rs, n) -> new Finding(rs.getString("source_file"), rs.getString("plan_id"),
					Severity.valueOf(rs.getString("severity")), rs.getString("location"), rs.getString("message")))
			.list();
	}

}
