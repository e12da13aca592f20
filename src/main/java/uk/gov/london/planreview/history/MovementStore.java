package uk.gov.london.planreview.history;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.london.planreview.history.PlanComparison.ActionChange;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.quarter.Quarter;

/** Movement since last quarter, as each run recorded it. */
@Repository
public class MovementStore {

	private final JdbcClient jdbc;

	MovementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A plan's movement as documents and CSVs show it. */
	public record PlanMovement(String planId, Quarter previousQuarter, double previousOverall,
			double previousCompleteness, double previousMandatoryCoverage, double previousPartnershipBreadth,
			Map<Movement, Integer> counts) {
	}

	/**
	 * The run that published a revision of a quarter's review into an output folder (the
	 * latest, should that revision's outputs have been deleted and reviewed afresh).
	 */
	public Optional<Long> publishedRun(Quarter quarter, Path outputDir, int revision) {
		return this.jdbc
			.sql("""
					SELECT run_id FROM review_run
					WHERE job = 'quarterlyReview' AND quarter = ? AND output_dir = ? AND revision = ? AND status = 'COMPLETED'
					ORDER BY completed_at DESC, run_id DESC""")
			.params(quarter.toString(), outputDir.toAbsolutePath().normalize().toString(), revision)
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	public void clear(long runId) {
		this.jdbc.sql("DELETE FROM plan_movement WHERE run_id = ?").param(runId).update();
		this.jdbc.sql("DELETE FROM action_movement WHERE run_id = ?").param(runId).update();
	}

	public void save(long runId, PlanComparison comparison) {
		Map<Movement, Integer> counts = comparison.counts();
		var previous = comparison.previous();
		this.jdbc.sql("""
				INSERT INTO plan_movement (run_id, plan_id, previous_run_id, previous_quarter, previous_overall,
				    previous_completeness, previous_mandatory_coverage, previous_partnership_breadth, added, dropped,
				    completed, turned_green, turned_red, improved, worsened)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(runId, comparison.planId(), comparison.previousRunId(), comparison.previousQuarter().toString(),
					previous.overall(), previous.completeness(), previous.mandatoryCoverage(),
					previous.partnershipBreadth(), counts.get(Movement.ADDED), counts.get(Movement.DROPPED),
					counts.get(Movement.COMPLETED), counts.get(Movement.TURNED_GREEN), counts.get(Movement.TURNED_RED),
					counts.get(Movement.IMPROVED), counts.get(Movement.WORSENED))
			.update();
		List<ActionChange> changes = comparison.changes();
		for (int i = 0; i < changes.size(); i++) {
			ActionChange c = changes.get(i);
			this.jdbc
				.sql("""
						INSERT INTO action_movement (run_id, plan_id, position, source_file, seq, theme, action_ref, action_text,
						    previous_rag, rag, movement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(runId, comparison.planId(), i, c.sourceFile(), c.seq(), c.theme(), c.ref(), c.text(),
						c.previousRag() == null ? null : c.previousRag().name(),
						c.rag() == null ? null : c.rag().name(), c.movement().name())
				.update();
		}
	}

	/** Each compared plan's movement, by plan id. */
	public Map<String, PlanMovement> plans(long runId) {
		Map<String, PlanMovement> plans = new HashMap<>();
		this.jdbc.sql("SELECT * FROM plan_movement WHERE run_id = ?").param(runId).query(rs -> {
			Map<Movement, Integer> counts = new EnumMap<>(Movement.class);
			counts.put(Movement.ADDED, rs.getInt("added"));
			counts.put(Movement.DROPPED, rs.getInt("dropped"));
			counts.put(Movement.COMPLETED, rs.getInt("completed"));
			counts.put(Movement.TURNED_GREEN, rs.getInt("turned_green"));
			counts.put(Movement.TURNED_RED, rs.getInt("turned_red"));
			counts.put(Movement.IMPROVED, rs.getInt("improved"));
			counts.put(Movement.WORSENED, rs.getInt("worsened"));
			plans.put(rs.getString("plan_id"),
					new PlanMovement(rs.getString("plan_id"), Quarter.parse(rs.getString("previous_quarter")),
							rs.getDouble("previous_overall"), rs.getDouble("previous_completeness"),
							rs.getDouble("previous_mandatory_coverage"), rs.getDouble("previous_partnership_breadth"),
							counts));
		});
		return plans;
	}

	/** Every action change of one plan: its current actions, then the dropped ones. */
	public List<ActionChange> changes(long runId, String planId) {
		return this.jdbc.sql("SELECT * FROM action_movement WHERE run_id = ? AND plan_id = ? ORDER BY position")
			.params(runId, planId)
			.query((rs, n) -> change(rs))
			.list();
	}

	/** Every action change of a run, by plan id in plan-id order. */
	public Map<String, List<ActionChange>> changes(long runId) {
		Map<String, List<ActionChange>> byPlan = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM action_movement WHERE run_id = ? ORDER BY plan_id, position")
			.param(runId)
			.query(rs -> {
				byPlan.computeIfAbsent(rs.getString("plan_id"), id -> new ArrayList<>()).add(change(rs));
			});
		return byPlan;
	}

	private static ActionChange change(ResultSet rs) throws SQLException {
		return new ActionChange(rs.getString("source_file"), rs.getInt("seq"), rs.getString("theme"),
				rs.getString("action_ref"), rs.getString("action_text"), rag(rs.getString("previous_rag")),
				rag(rs.getString("rag")), Movement.valueOf(rs.getString("movement")));
	}

	/**
	 * The movement of each current action, keyed "source file / position", for
	 * actions.csv.
	 */
	public Map<String, ActionChange> currentActions(long runId) {
		Map<String, ActionChange> byAction = new HashMap<>();
		changes(runId).values()
			.forEach(list -> list.stream()
				.filter(change -> change.movement() != Movement.DROPPED)
				.forEach(change -> byAction.put(key(change.sourceFile(), change.seq()), change)));
		return byAction;
	}

	public static String key(String sourceFile, int seq) {
		return sourceFile + "/" + seq;
	}

	private static Rag rag(String value) {
		return value == null ? null : Rag.valueOf(value);
	}

}
