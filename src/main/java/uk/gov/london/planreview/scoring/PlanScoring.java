package uk.gov.london.planreview.scoring;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.template.TemplateCatalogue;

/** The job's scoring step: scores every accepted plan of a run and ranks them. */
@Component
public class PlanScoring {

	private final SubmissionStore submissions;

	private final ScoreStore scores;

	private final PlanScorer scorer;

	private final TemplateCatalogue catalogue;

	private final FindingStore findings;

	PlanScoring(SubmissionStore submissions, ScoreStore scores, PlanScorer scorer, TemplateCatalogue catalogue,
			FindingStore findings) {
		this.submissions = submissions;
		this.scores = scores;
		this.scorer = scorer;
		this.catalogue = catalogue;
		this.findings = findings;
	}

	/**
	 * Replaces whatever an interrupted attempt of the step stored for the run. A plan
	 * that cannot be scored is set aside with an error finding, and London's review goes
	 * on without it.
	 */
	public void score(long runId) {
		List<PlanScore> scored = new ArrayList<>();
		List<Finding> setAside = new ArrayList<>();
		this.submissions.forEachAcceptedPlan(runId, plan -> {
			try {
				scored.add(this.scorer.score(plan, this.catalogue.version(plan.templateVersion()).orElseThrow()));
			}
			catch (RuntimeException ex) {
				String reason = "it could not be scored (" + ex.getClass().getSimpleName()
						+ (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ")";
				this.submissions.setStatus(runId, plan.sourceFile(), SubmissionStatus.REJECTED, reason);
				setAside.add(new Finding(plan.sourceFile(), plan.planId(), Severity.ERROR, "",
						"The plan was set aside: " + reason
								+ ". London's review went on without it. Send this workbook to the team that looks "
								+ "after plan-review."));
			}
		});
		this.findings.clear(runId, "scorePlans");
		this.findings.add(runId, "scorePlans", setAside);
		this.scores.clear(runId);
		this.scores.save(runId, PlanScorer.rank(scored));
	}

}
