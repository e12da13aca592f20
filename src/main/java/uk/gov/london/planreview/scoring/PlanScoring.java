package uk.gov.london.planreview.scoring;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.template.TemplateCatalogue;

/** The job's scoring step: scores every accepted plan of a run and ranks them. */
@Component
public class PlanScoring {

	private final SubmissionStore submissions;

	private final ScoreStore scores;

	private final PlanScorer scorer;

	private final TemplateCatalogue catalogue;

	PlanScoring(SubmissionStore submissions, ScoreStore scores, PlanScorer scorer, TemplateCatalogue catalogue) {
		this.submissions = submissions;
		this.scores = scores;
		this.scorer = scorer;
		this.catalogue = catalogue;
	}

	/** Replaces whatever an interrupted attempt of the step stored for the run. */
	public void score(long runId) {
		List<PlanScore> scored = new ArrayList<>();
		this.submissions.forEachAcceptedPlan(runId, plan -> scored
			.add(this.scorer.score(plan, this.catalogue.version(plan.templateVersion()).orElseThrow())));
		this.scores.clear(runId);
		this.scores.save(runId, PlanScorer.rank(scored));
	}

}
