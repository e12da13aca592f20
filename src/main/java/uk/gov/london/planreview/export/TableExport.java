package uk.gov.london.planreview.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.AtomicFiles;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.history.Movement;
import uk.gov.london.planreview.history.MovementStore.PlanMovement;
import uk.gov.london.planreview.history.MovementStore;
import uk.gov.london.planreview.history.PlanComparison.ActionChange;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.scoring.ActionCheck;
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
			// evidence for its score, and
			// its RAG last quarter with what changed.
			"template_ref", "completeness", "missing", "previous_rag", "movement");

	static final List<String> SCORE_COLUMNS = List.of("plan_id", "authorities", "template_version", "actions",
			"completeness", "mandatory_coverage", "partnership_breadth", "partner_categories", "police_share",
			"signed_off", "overall", "rank",
			// Extra: where the plan came from, what its mandatory coverage lacks, and
			// movement since last quarter.
			"source_file", "mandatory_missing", "mandatory_not_filled_in", "previous_quarter", "previous_overall",
			"overall_change", "actions_added", "actions_dropped", "actions_completed", "actions_turned_green",
			"actions_turned_red");

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

	public void writeActions(long runId, Path target) throws IOException {
		Map<String, ActionChange> changes = this.movements.currentActions(runId);
		AtomicFiles.write(target, out -> {
			try (SafeCsv csv = SafeCsv.open(out, ACTION_COLUMNS)) {
				this.submissions.forEachAcceptedAction(runId, (planId, authorities, sourceFile, seq, a) -> {
					ActionCheck check = this.scorer.check(a);
					ActionChange change = changes.get(MovementStore.key(sourceFile, seq));
					try {
						csv.row(planId, authorities.stream().map(x -> x.name()).toList(), sourceFile, a.sheet(),
								a.row(), a.theme(), a.ref(), a.type().csv(), a.text(), a.outcome(), a.baseline(),
								a.lead(), a.leadOrganisations(), a.partnerCategories(), a.startDate(), a.endDate(),
								a.timescaleText(), a.progress(), a.rag().csv(), a.comments(), a.supportingDocuments(),
								a.templateRef(), Scores.format(check.completeness()),
								check.missing().stream().map(ActionCheck.Item::csv).toList(),
								change == null || change.previousRag() == null ? "" : change.previousRag().csv(),
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

	public void writeScores(long runId, Path target) throws IOException {
		Map<String, PlanMovement> moved = this.movements.plans(runId);
		AtomicFiles.write(target, out -> {
			try (SafeCsv csv = SafeCsv.open(out, SCORE_COLUMNS)) {
				for (PlanScore s : this.scores.scores(runId)) {
					PlanMovement m = moved.get(s.planId());
					csv.row(s.planId(), s.authorities(), s.templateVersion(), s.actions(),
							Scores.format(s.completeness()), Scores.format(s.mandatoryCoverage()),
							Scores.format(s.partnershipBreadth()), s.partnerCategories(),
							Scores.formatShare(s.policeShare()), s.signedOff().csv(), Scores.format(s.overall()),
							s.rank(), s.sourceFile(),
							s.mandatoryGaps()
								.stream()
								.filter(PlanScore.MandatoryGap::missing)
								.map(g -> g.templateRef())
								.toList(),
							s.mandatoryGaps().stream().filter(g -> !g.missing()).map(g -> g.templateRef()).toList(),
							m == null ? "" : m.previousQuarter().toString(),
							m == null ? "" : Scores.format(m.previousOverall()),
							m == null ? "" : Scores.formatChange(s.overall() - m.previousOverall()),
							m == null ? "" : m.counts().get(Movement.ADDED),
							m == null ? "" : m.counts().get(Movement.DROPPED),
							m == null ? "" : m.counts().get(Movement.COMPLETED),
							m == null ? "" : m.counts().get(Movement.TURNED_GREEN),
							m == null ? "" : m.counts().get(Movement.TURNED_RED));
				}
			}
		});
	}

	/** Every action that changed since last quarter, dropped ones included. */
	public void writeMovement(long runId, Path target) throws IOException {
		Map<String, String> names = new HashMap<>();
		this.scores.scores(runId).forEach(s -> names.put(s.planId(), s.authorities()));
		AtomicFiles.write(target, out -> {
			try (SafeCsv csv = SafeCsv.open(out, MOVEMENT_COLUMNS)) {
				for (Map.Entry<String, List<ActionChange>> plan : this.movements.changes(runId).entrySet()) {
					for (ActionChange c : plan.getValue()) {
						if (c.movement() != Movement.UNCHANGED) {
							csv.row(plan.getKey(), names.getOrDefault(plan.getKey(), ""), c.theme(), c.ref(), c.text(),
									c.previousRag() == null ? "" : c.previousRag().csv(),
									c.rag() == null ? "" : c.rag().csv(), c.movement().csv());
						}
					}
				}
			}
		});
	}

	public void writeFindings(long runId, Path target) throws IOException {
		AtomicFiles.write(target, out -> {
			try (SafeCsv csv = SafeCsv.open(out, FINDING_COLUMNS)) {
				for (var f : this.findings.all(runId)) {
					csv.row(f.sourceFile(), f.planId(), f.severity().csv(), f.location(), f.message());
				}
			}
		});
	}

}
