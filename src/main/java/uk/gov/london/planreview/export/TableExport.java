package uk.gov.london.planreview.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.history.Movement;
import uk.gov.london.planreview.history.MovementStore.PlanMovement;
import uk.gov.london.planreview.history.MovementStore;
import uk.gov.london.planreview.history.PlanComparison.ActionChange;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.scoring.ActionCheck;
import uk.gov.london.planreview.scoring.Bands;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.PlanScorer;
import uk.gov.london.planreview.scoring.ScoreStore;

/**
 * Writes the CSV files analysts work from (docs/outputs.md), each whole or not at all.
 * The columns docs/outputs.md lists first come first, in its order; extra columns follow.
 */
@Component
public class TableExport {

	static final List<String> ACTION_COLUMNS = List.of("plan_id", "authorities", "source_file", "sheet", "row", "theme",
			"action_ref", "action_type", "action", "outcome", "baseline", "lead", "lead_organisations",
			"partner_categories", "start_date", "end_date", "timescale_text", "progress", "rag", "comments",
			"supporting_documents",
			// Extra: the template reference a mandatory action was matched to, the
			// evidence for its score, and its RAG last quarter with what changed.
			"template_ref", "completeness", "missing", "previous_rag", "movement");

	static final List<String> SCORE_COLUMNS = List.of("plan_id", "authorities", "template_version", "actions",
			"completeness", "mandatory_coverage", "partnership_breadth", "partner_categories", "police_share",
			"signed_off", "overall", "rank",
			// Extra: where the plan came from, what its mandatory coverage lacks,
			// movement since last quarter, and the band of its overall score.
			"source_file", "mandatory_missing", "mandatory_not_filled_in", "previous_quarter", "previous_overall",
			"overall_change", "actions_added", "actions_dropped", "actions_completed", "actions_turned_green",
			"actions_turned_red", "band");

	static final List<String> MOVEMENT_COLUMNS = List.of("plan_id", "authorities", "theme", "action_ref", "action",
			"previous_rag", "rag", "movement");

	static final List<String> FINDING_COLUMNS = List.of("source_file", "plan_id", "severity", "location", "message");

	private final SubmissionStore submissions;

	private final ScoreStore scores;

	private final FindingStore findings;

	private final PlanScorer scorer;

	private final MovementStore movements;

	TableExport(SubmissionStore submissions, ScoreStore scores, FindingStore findings, PlanScorer scorer,
			MovementStore movements) {
		this.submissions = submissions;
		this.scores = scores;
		this.findings = findings;
		this.scorer = scorer;
		this.movements = movements;
	}

	/** actions.csv, and the workbook's Actions sheet. */
	public void writeActions(long runId, Path target, Sheets workbook) throws IOException {
		Map<String, ActionChange> changes = this.movements.currentActions(runId);
		SafeCsv.write(target, ACTION_COLUMNS, workbook.sheet("Actions", ACTION_COLUMNS), rows -> {
			try {
				this.submissions.forEachAcceptedAction(runId, (planId, authorities, sourceFile, seq, a) -> {
					ActionCheck check = this.scorer.check(a);
					ActionChange change = changes.get(MovementStore.key(sourceFile, seq));
					try {
						rows.row(planId, authorities.stream().map(x -> x.name()).toList(), sourceFile, a.sheet(),
								a.row(), a.theme(), a.ref(), a.type().csv(), a.text(), a.outcome(), a.baseline(),
								a.lead(), a.leadOrganisations(), a.partnerCategories(), a.startDate(), a.endDate(),
								a.timescaleText(), a.progress(), TableValue.rag(a.rag()), a.comments(),
								a.supportingDocuments(), a.templateRef(), TableValue.score(check.completeness()),
								check.missing().stream().map(ActionCheck.Item::csv).toList(),
								change == null || change.previousRag() == null ? ""
										: TableValue.rag(change.previousRag()),
								change == null ? "" : change.movement().csv());
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		});
	}

	/**
	 * scores.csv, and the workbook's Scores sheet, where each plan links to its feedback.
	 */
	public void writeScores(long runId, Path target, Sheets workbook) throws IOException {
		Map<String, PlanMovement> moved = this.movements.plans(runId);
		List<PlanScore> scored = this.scores.scores(runId);
		List<Double> overall = scored.stream().map(PlanScore::overall).toList();
		SafeCsv.write(target, SCORE_COLUMNS, workbook.sheet("Scores", SCORE_COLUMNS), rows -> {
			for (PlanScore s : scored) {
				PlanMovement m = moved.get(s.planId());
				rows.row(TableValue.feedback(s.planId()), s.authorities(), s.templateVersion(), s.actions(),
						TableValue.score(s.completeness()), TableValue.score(s.mandatoryCoverage()),
						TableValue.score(s.partnershipBreadth()), s.partnerCategories(),
						TableValue.share(s.policeShare()), s.signedOff().csv(), TableValue.score(s.overall()), s.rank(),
						s.sourceFile(),
						s.mandatoryGaps()
							.stream()
							.filter(PlanScore.MandatoryGap::missing)
							.map(g -> g.templateRef())
							.toList(),
						s.mandatoryGaps().stream().filter(g -> !g.missing()).map(g -> g.templateRef()).toList(),
						m == null ? "" : m.previousQuarter().toString(),
						m == null ? "" : TableValue.score(m.previousOverall()),
						m == null ? "" : TableValue.change(s.overall() - m.previousOverall()),
						m == null ? "" : m.counts().get(Movement.ADDED),
						m == null ? "" : m.counts().get(Movement.DROPPED),
						m == null ? "" : m.counts().get(Movement.COMPLETED),
						m == null ? "" : m.counts().get(Movement.TURNED_GREEN),
						m == null ? "" : m.counts().get(Movement.TURNED_RED),
						Bands.words(Bands.ofScore(s.overall(), overall)));
			}
		});
	}

	/**
	 * Every action that changed since last quarter, dropped ones included: movement.csv,
	 * and the workbook's Movement sheet.
	 */
	public void writeMovement(long runId, Path target, Sheets workbook) throws IOException {
		Map<String, String> names = new HashMap<>();
		this.scores.scores(runId).forEach(s -> names.put(s.planId(), s.authorities()));
		SafeCsv.write(target, MOVEMENT_COLUMNS, workbook.sheet("Movement", MOVEMENT_COLUMNS), rows -> {
			for (Map.Entry<String, List<ActionChange>> plan : this.movements.changes(runId).entrySet()) {
				for (ActionChange c : plan.getValue()) {
					if (c.movement() != Movement.UNCHANGED) {
						rows.row(plan.getKey(), names.getOrDefault(plan.getKey(), ""), c.theme(), c.ref(), c.text(),
								c.previousRag() == null ? "" : TableValue.rag(c.previousRag()),
								c.rag() == null ? "" : TableValue.rag(c.rag()), c.movement().csv());
					}
				}
			}
		});
	}

	public void writeFindings(long runId, Path target) throws IOException {
		SafeCsv.write(target, FINDING_COLUMNS, Rows.NONE, rows -> findings(runId, rows));
	}

	/**
	 * The workbook's Findings sheet: the same rows as findings.csv, which is written when
	 * the run is published.
	 */
	public void findingsSheet(long runId, Sheets workbook) throws IOException {
		findings(runId, workbook.sheet("Findings", FINDING_COLUMNS));
	}

	private void findings(long runId, Rows rows) throws IOException {
		for (var f : this.findings.all(runId)) {
			rows.row(f.sourceFile(), f.planId(), TableValue.severity(f.severity()), f.location(), f.message());
		}
	}

}
