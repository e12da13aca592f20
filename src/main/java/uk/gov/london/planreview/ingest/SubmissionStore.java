package uk.gov.london.planreview.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.plan.Signatory;

/**
 * The submissions and actions of a run, in the project's tables. Plans are written as
 * they are read and read back one at a time, so memory does not grow with the number of
 * plans.
 */
@Repository
public class SubmissionStore {

	private static final String LIST_SEPARATOR = "\n";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AuthorityDirectory authorities;

	SubmissionStore(JdbcClient jdbc, JdbcTemplate template, AuthorityDirectory authorities) {
		this.jdbc = jdbc;
		this.template = template;
		this.authorities = authorities;
	}

	/** One submission as the run holds it. */
	public record Submission(String sourceFile, String sha256, String planId, List<Authority> authorities,
			SubmissionStatus status, String statusReason, String cspName, String templateVersion, LocalDate submitted) {
	}

	public void save(long runId, ReceivedWorkbook received) {
		WorkbookReading reading = received.reading();
		Plan plan = reading.plan().orElse(null);
		String planId = reading.authorities().isEmpty() ? null : AuthorityDirectory.planId(reading.authorities());
		this.jdbc
			.sql("""
					INSERT INTO submission (run_id, source_file, sha256, plan_id, authorities, status, status_reason, csp_name,
					    template_version, submitted, board_partners)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(runId, reading.sourceFile(), received.sha256(), planId, codes(reading.authorities()),
					(plan != null ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED).name(),
					plan != null ? null : "could not be read", plan == null ? null : plan.cspName(),
					plan == null ? null : plan.templateVersion(), reading.submitted(),
					plan == null ? null : String.join(LIST_SEPARATOR, plan.boardPartners()))
			.update();
		if (plan == null) {
			return;
		}
		List<Signatory> signatories = plan.signatories();
		for (int i = 0; i < signatories.size(); i++) {
			Signatory s = signatories.get(i);
			this.jdbc.sql(
					"INSERT INTO signatory (run_id, source_file, position, role, authority, name, signed_on, signed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(runId, plan.sourceFile(), i, s.role(), s.authority(), s.name(), s.date(), s.signed())
				.update();
		}
		List<Object[]> rows = new ArrayList<>();
		List<Action> actions = plan.actions();
		for (int i = 0; i < actions.size(); i++) {
			Action a = actions.get(i);
			rows.add(new Object[] { runId, plan.sourceFile(), i, planId, a.sheet(), a.row(), a.theme(), a.ref(),
					a.type().name(), a.templateRef(), a.text(), a.outcome(), a.baseline(), a.lead(),
					String.join(LIST_SEPARATOR, a.leadOrganisations()),
					String.join(LIST_SEPARATOR, a.partnerCategories()), a.startDate(), a.endDate(), a.timescaleText(),
					a.progress(), a.rag().name(), a.comments(), a.supportingDocuments(), a.hidden() });
		}
		this.template.batchUpdate(
				"""
						INSERT INTO plan_action (run_id, source_file, seq, plan_id, sheet, sheet_row, theme, action_ref, action_type,
						    template_ref, action_text, outcome, baseline, lead, lead_organisations, partner_categories, start_date,
						    end_date, timescale_text, progress, rag, comments, supporting_documents, hidden)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				rows);
	}

	public List<Submission> submissions(long runId) {
		return this.jdbc
			.sql("""
					SELECT source_file, sha256, plan_id, authorities, status, status_reason, csp_name, template_version, submitted
					FROM submission WHERE run_id = ? ORDER BY source_file""")
			.param(runId)
			.query((rs, n) -> new Submission(rs.getString("source_file"), rs.getString("sha256"),
					rs.getString("plan_id"), authorities(rs.getString("authorities")),
					SubmissionStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
					rs.getString("csp_name"), rs.getString("template_version"),
					rs.getObject("submitted", LocalDate.class)))
			.list();
	}

	public void setStatus(long runId, String sourceFile, SubmissionStatus status, String reason) {
		this.jdbc.sql("UPDATE submission SET status = ?, status_reason = ? WHERE run_id = ? AND source_file = ?")
			.params(status.name(), reason, runId, sourceFile)
			.update();
	}

	/** The accepted plans of a run, one at a time, in plan-id order. */
	public void forEachAcceptedPlan(long runId, Consumer<Plan> consumer) {
		for (Submission submission : submissions(runId)) {
			if (submission.status() == SubmissionStatus.ACCEPTED) {
				consumer.accept(plan(runId, submission));
			}
		}
	}

	/**
	 * Every action of the run's accepted plans, in plan then row order, without holding
	 * them all.
	 */
	public void forEachAcceptedAction(long runId, ActionConsumer consumer) {
		this.template.query("""
				SELECT a.*, s.authorities FROM plan_action a
				JOIN submission s ON s.run_id = a.run_id AND s.source_file = a.source_file
				WHERE a.run_id = ? AND s.status = 'ACCEPTED'
				ORDER BY a.plan_id, a.source_file, a.seq""",
				(RowCallbackHandler) rs -> consumer.accept(rs.getString("plan_id"),
						authorities(rs.getString("authorities")), rs.getString("source_file"), rs.getInt("seq"),
						action(rs)),
				runId);
	}

	/** Receives one stored action with the plan it belongs to. */
	@FunctionalInterface
	public interface ActionConsumer {

		/**
		 * @param seq the action's position in its plan
		 */
		void accept(String planId, List<Authority> authorities, String sourceFile, int seq, Action action);

	}

	public Plan plan(long runId, Submission submission) {
		List<Action> actions = this.jdbc
			.sql("SELECT * FROM plan_action WHERE run_id = ? AND source_file = ? ORDER BY seq")
			.params(runId, submission.sourceFile())
			.query((rs, n) -> action(rs))
			.list();
		List<Signatory> signatories = this.jdbc.sql(
				"SELECT role, authority, name, signed_on, signed FROM signatory WHERE run_id = ? AND source_file = ? ORDER BY position")
			.params(runId, submission.sourceFile())
			.query((rs, n) -> new Signatory(rs.getString("role"), rs.getString("authority"),
					nullToEmpty(rs.getString("name")), rs.getObject("signed_on", LocalDate.class),
					rs.getBoolean("signed")))
			.list();
		Map<String, Object> row = this.jdbc
			.sql("SELECT board_partners FROM submission WHERE run_id = ? AND source_file = ?")
			.params(runId, submission.sourceFile())
			.query()
			.singleRow();
		return new Plan(submission.authorities(), submission.sourceFile(), nullToEmpty(submission.cspName()),
				submission.templateVersion(), submission.submitted(), split((String) row.get("board_partners")),
				signatories, actions);
	}

	private static Action action(ResultSet rs) throws SQLException {
		return new Action(rs.getString("sheet"), rs.getInt("sheet_row"), rs.getString("theme"),
				rs.getString("action_ref"), ActionType.valueOf(rs.getString("action_type")),
				rs.getString("template_ref"), rs.getString("action_text"), rs.getString("outcome"),
				rs.getString("baseline"), rs.getString("lead"), split(rs.getString("lead_organisations")),
				split(rs.getString("partner_categories")), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getString("timescale_text"), rs.getString("progress"),
				Rag.valueOf(rs.getString("rag")), rs.getString("comments"), rs.getString("supporting_documents"),
				rs.getBoolean("hidden"));
	}

	private List<Authority> authorities(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		List<Authority> list = new ArrayList<>();
		for (String code : codes.split("\\+")) {
			this.authorities.byOnsCode(code).ifPresent(list::add);
		}
		return list;
	}

	private static String codes(List<Authority> authorities) {
		return authorities.isEmpty() ? null : AuthorityDirectory.planId(authorities);
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(LIST_SEPARATOR));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
