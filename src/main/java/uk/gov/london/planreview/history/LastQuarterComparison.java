package uk.gov.london.planreview.history;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.ScoreStore;

/**
 * The job's comparison step: each plan of a run beside its review last quarter, its
 * scores then and now and each action's RAG movement.
 */
@Component
public class LastQuarterComparison {

	private final SubmissionStore submissions;

	private final ScoreStore scores;

	private final MovementStore movements;

	LastQuarterComparison(SubmissionStore submissions, ScoreStore scores, MovementStore movements) {
		this.submissions = submissions;
		this.scores = scores;
		this.movements = movements;
	}

	/**
	 * Replaces whatever an interrupted attempt of the step stored for the run.
	 * @return the quarter compared with, or empty when it was not reviewed
	 */
	public Optional<Quarter> compare(long runId, Quarter quarter) {
		Quarter previousQuarter = quarter.previous();
		this.movements.clear(runId);
		Optional<Long> previousRun = this.movements.latestCompletedRun(previousQuarter);
		if (previousRun.isEmpty()) {
			return Optional.empty();
		}
		long previousId = previousRun.get();
		Map<String, PlanScore> previousScores = new HashMap<>();
		this.scores.scores(previousId).forEach(s -> previousScores.put(s.planId(), s));
		Map<String, SubmissionStore.Submission> previousPlans = new HashMap<>();
		this.submissions.submissions(previousId)
			.stream()
			.filter(s -> s.status() == SubmissionStatus.ACCEPTED)
			.forEach(s -> previousPlans.put(s.planId(), s));
		this.submissions.forEachAcceptedPlan(runId, plan -> {
			SubmissionStore.Submission before = previousPlans.get(plan.planId());
			PlanScore previousScore = previousScores.get(plan.planId());
			if (before != null && previousScore != null) {
				this.movements.save(runId, PlanComparison.compare(this.submissions.plan(previousId, before),
						previousScore, previousId, previousQuarter, plan));
			}
		});
		return Optional.of(previousQuarter);
	}

}
