package uk.gov.london.planreview.goodpractice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.london.planreview.goodpractice.WeakArea.Offer;

/**
 * The good practice and the linking up of a run, in the project's tables: what the
 * review's "Areas of good practice" and "Linking up" and each plan's feedback read.
 */
@Repository
public class GoodPracticeStore {

	private static final String LIST_SEPARATOR = "\n";

	private final JdbcClient jdbc;

	GoodPracticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void clear(long runId) {
		for (String table : List.of("good_practice", "weak_area", "linking_offer")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE run_id = ?").param(runId).update();
		}
	}

	void save(long runId, List<GoodPractice> practice, List<WeakArea> areas) {
		for (int i = 0; i < practice.size(); i++) {
			GoodPractice p = practice.get(i);
			this.jdbc
				.sql("""
						INSERT INTO good_practice (run_id, position, plan_id, authorities, source_file, sheet, sheet_row, theme,
						    category, category_name, action_ref, action_type, action_text, outcome, lead, lead_organisations,
						    matched_words, plans_with_category, plans, score, why)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(runId, i, p.planId(), p.authorities(), p.sourceFile(), p.sheet(), p.row(), p.theme(),
						p.category(), p.categoryName(), p.actionRef(), p.actionType(), p.action(), p.outcome(),
						p.lead(), String.join(LIST_SEPARATOR, p.leadOrganisations()),
						String.join(LIST_SEPARATOR, p.matchedWords()), p.plansWithCategory(), p.plans(), p.score(),
						p.why())
				.update();
		}
		Map<String, Integer> positions = new LinkedHashMap<>();
		for (WeakArea area : areas) {
			int position = positions.merge(area.planId(), 1, Integer::sum) - 1;
			this.jdbc
				.sql("""
						INSERT INTO weak_area (run_id, plan_id, position, authorities, theme, category, category_name, reasons)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(runId, area.planId(), position, area.authorities(), area.theme(), area.category(),
						area.categoryName(), String.join(LIST_SEPARATOR, area.reasons()))
				.update();
			for (int i = 0; i < area.offers().size(); i++) {
				Offer o = area.offers().get(i);
				this.jdbc
					.sql("""
							INSERT INTO linking_offer (run_id, plan_id, area_position, position, offer_plan_id, offer_authorities,
							    theme, category, category_name, action_ref, action_text, contact, theme_completeness)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(runId, area.planId(), position, i, o.planId(), o.authorities(), o.theme(), o.category(),
							o.categoryName(), o.actionRef(), o.action(), o.contact(), o.themeCompleteness())
					.update();
			}
		}
	}

	/** All the run's good practice, rarest idea first. */
	public List<GoodPractice> practice(long runId) {
		return this.jdbc.sql("SELECT * FROM good_practice WHERE run_id = ? ORDER BY position")
			.param(runId)
			.query((rs, n) -> practice(rs))
			.list();
	}

	/** One plan's good practice ("what is strong" in its feedback), rarest idea first. */
	public List<GoodPractice> practice(long runId, String planId) {
		return this.jdbc.sql("SELECT * FROM good_practice WHERE run_id = ? AND plan_id = ? ORDER BY position")
			.params(runId, planId)
			.query((rs, n) -> practice(rs))
			.list();
	}

	/** Every plan's weak areas and offers, for the review's "Linking up". */
	public List<WeakArea> linkingUp(long runId) {
		return areas(runId, null);
	}

	/** One plan's weak areas, each with its basket of offers, for its feedback. */
	public List<WeakArea> offersFor(long runId, String planId) {
		return areas(runId, planId);
	}

	private List<WeakArea> areas(long runId, String planId) {
		String onePlan = planId == null ? "" : " AND plan_id = ?";
		List<Object> params = planId == null ? List.of(runId) : List.of(runId, planId);
		Map<String, List<Offer>> offers = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT * FROM linking_offer WHERE run_id = ?" + onePlan
					+ " ORDER BY plan_id, area_position, position")
			.params(params)
			.query(rs -> {
				offers
					.computeIfAbsent(rs.getString("plan_id") + LIST_SEPARATOR + rs.getInt("area_position"),
							k -> new ArrayList<>())
					.add(new Offer(rs.getString("offer_plan_id"), rs.getString("offer_authorities"),
							rs.getString("theme"), rs.getString("category"), rs.getString("category_name"),
							rs.getString("action_ref"), rs.getString("action_text"), rs.getString("contact"),
							rs.getDouble("theme_completeness")));
			});
		return this.jdbc.sql("SELECT * FROM weak_area WHERE run_id = ?" + onePlan + " ORDER BY plan_id, position")
			.params(params)
			.query((rs, n) -> new WeakArea(rs.getString("plan_id"), rs.getString("authorities"), rs.getString("theme"),
					rs.getString("category"), rs.getString("category_name"), split(rs.getString("reasons")),
					offers.getOrDefault(rs.getString("plan_id") + LIST_SEPARATOR + rs.getInt("position"), List.of())))
			.list();
	}

	private static GoodPractice practice(ResultSet rs) throws SQLException {
		return new GoodPractice(rs.getString("plan_id"), rs.getString("authorities"), rs.getString("source_file"),
				rs.getString("sheet"), rs.getInt("sheet_row"), rs.getString("theme"), rs.getString("category"),
				rs.getString("category_name"), rs.getString("action_ref"), rs.getString("action_type"),
				rs.getString("action_text"), rs.getString("outcome"), rs.getString("lead"),
				split(rs.getString("lead_organisations")), split(rs.getString("matched_words")),
				rs.getInt("plans_with_category"), rs.getInt("plans"), rs.getDouble("score"), rs.getString("why"));
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(LIST_SEPARATOR));
	}

}
