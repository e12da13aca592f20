package uk.gov.london.planreview.history;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.archive.RevisionIndex;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.ScoreStore;

/**
 * The job's comparison step: each plan of a run beside its review last quarter, its
 * scores then and now and each action's RAG movement. Last quarter's review is the one
 * the same archive (output folder) holds as current, whatever other trial runs were made
 * into other folders.
 */
@Component
public class LastQuarterComparison {

	/** Which review a run was compared with, or why with none. */
	public record Outcome(boolean compared, String description) {
	}

	private final SubmissionStore submissions;

	private final ScoreStore scores;

	private final MovementStore movements;

	LastQuarterComparison(SubmissionStore submissions, ScoreStore scores, MovementStore movements) {
		this.submissions = submissions;
		this.scores = scores;
		this.movements = movements;
	}

	/** Replaces whatever an interrupted attempt of the step stored for the run. */
	public Outcome compare(long runId, Quarter quarter, Path outputDir) {
		Quarter previousQuarter = quarter.previous();
		this.movements.clear(runId);
		OutputLayout previous = new OutputLayout(outputDir, previousQuarter);
		OptionalInt current = RevisionIndex.current(previous);
		if (current.isEmpty()) {
			return new Outcome(false, "No review of " + previousQuarter + " in " + outputDir
					+ " to compare with: this review is the baseline");
		}
		int revision = current.getAsInt();
		Optional<Long> previousRun = this.movements.publishedRun(previousQuarter, outputDir, revision);
		if (previousRun.isEmpty()) {
			return new Outcome(false, "The review of " + previousQuarter + " in " + previous.publishedDir(revision)
					+ " is not in this database's history, so there is nothing to compare with");
		}
		compare(runId, previousRun.get(), previousQuarter);
		return new Outcome(true, "Compared with the review of " + previousQuarter
				+ (revision > 1 ? " (revision " + revision + ")" : "") + " in " + previous.publishedDir(revision));
	}

	private void compare(long runId, long previousId, Quarter previousQuarter) {
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
	}

}
