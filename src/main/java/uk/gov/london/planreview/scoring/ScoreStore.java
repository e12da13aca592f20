package uk.gov.london.planreview.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore.ThemeScore;

/** The plans' scores of a run, in the project's tables. */
@Repository
public class ScoreStore {

	private final JdbcClient jdbc;

	ScoreStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void clear(long runId) {
		for (String table : List.of("plan_score", "theme_score", "mandatory_gap")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE run_id = ?").param(runId).update();
		}
	}

	public void save(long runId, List<PlanScore> scores) {
		for (PlanScore s : scores) {
			this.jdbc
				.sql("""
						INSERT INTO plan_score (run_id, plan_id, authorities, source_file, template_version, actions, completeness,
						    mandatory_coverage, partnership_breadth, partner_categories, police_share, signed_off, overall, plan_rank)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(runId, s.planId(), s.authorities(), s.sourceFile(), s.templateVersion(), s.actions(),
						s.completeness(), s.mandatoryCoverage(), s.partnershipBreadth(),
						String.join("\n", s.partnerCategories()), s.policeShare(), s.signedOff().csv(), s.overall(),
						s.rank())
				.update();
			for (int i = 0; i < s.themes().size(); i++) {
				ThemeScore t = s.themes().get(i);
				this.jdbc
					.sql("""
							INSERT INTO theme_score (run_id, plan_id, position, theme, actions, completeness, mandatory_expected,
							    mandatory_present) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(runId, s.planId(), i, t.theme(), t.actions(), t.completeness(), t.mandatoryExpected(),
							t.mandatoryPresent())
					.update();
			}
			for (MandatoryGap g : s.mandatoryGaps()) {
				this.jdbc.sql("""
						INSERT INTO mandatory_gap (run_id, plan_id, template_ref, theme, action_text, missing)
						VALUES (?, ?, ?, ?, ?, ?)""")
					.params(runId, s.planId(), g.templateRef(), g.theme(), g.text(), g.missing())
					.update();
			}
		}
	}

	/** The run's scores, best first. */
	public List<PlanScore> scores(long runId) {
		Map<String, List<ThemeScore>> themes = this.jdbc
			.sql("SELECT * FROM theme_score WHERE run_id = ? ORDER BY plan_id, position")
			.param(runId)
			.query((rs, n) -> Map.entry(rs.getString("plan_id"),
					new ThemeScore(rs.getString("theme"), rs.getInt("actions"), rs.getDouble("completeness"),
							rs.getInt("mandatory_expected"), rs.getInt("mandatory_present"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<String, List<MandatoryGap>> gaps = this.jdbc
			.sql("SELECT * FROM mandatory_gap WHERE run_id = ? ORDER BY plan_id, template_ref")
			.param(runId)
			.query((rs, n) -> Map.entry(rs.getString("plan_id"),
					new MandatoryGap(rs.getString("theme"), rs.getString("template_ref"), rs.getString("action_text"),
							rs.getBoolean("missing"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return this.jdbc.sql("SELECT * FROM plan_score WHERE run_id = ? ORDER BY plan_rank, plan_id")
			.param(runId)
			.query((rs, n) -> new PlanScore(rs.getString("plan_id"), rs.getString("authorities"),
					rs.getString("source_file"), rs.getString("template_version"), rs.getInt("actions"),
					rs.getDouble("completeness"), rs.getDouble("mandatory_coverage"),
					rs.getDouble("partnership_breadth"), split(rs.getString("partner_categories")),
					rs.getDouble("police_share"), SignOff.fromCsv(rs.getString("signed_off")), rs.getDouble("overall"),
					rs.getInt("plan_rank"), themes.getOrDefault(rs.getString("plan_id"), List.of()),
					gaps.getOrDefault(rs.getString("plan_id"), List.of())))
			.list();
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : new ArrayList<>(List.of(joined.split("\n")));
	}

}
