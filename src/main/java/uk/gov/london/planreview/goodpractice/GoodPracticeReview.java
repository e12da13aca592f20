package uk.gov.london.planreview.goodpractice;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.scoring.ScoreStore;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * The job's good-practice step: finds the good practice in the run's scored plans, links
 * each plan's weak areas with practice elsewhere, and stores both for the tables and
 * documents.
 */
@Component
public class GoodPracticeReview {

	private final SubmissionStore submissions;

	private final ScoreStore scores;

	private final GoodPracticeStore store;

	private final CategoryClassifier classifier;

	private final TemplateCatalogue catalogue;

	GoodPracticeReview(SubmissionStore submissions, ScoreStore scores, GoodPracticeStore store,
			@Qualifier("goodPracticeCategories") CategoryClassifier goodPracticeCategories,
			TemplateCatalogue catalogue) {
		this.submissions = submissions;
		this.scores = scores;
		this.store = store;
		this.classifier = goodPracticeCategories;
		this.catalogue = catalogue;
	}

	/** Replaces whatever an interrupted attempt of the step stored for the run. */
	public void review(long runId) {
		GoodPracticeFinder finder = new GoodPracticeFinder(this.classifier, this.catalogue);
		this.submissions.forEachAcceptedPlan(runId, finder::add);
		List<GoodPractice> practice = finder.practice();
		List<WeakArea> areas = new LinkingUp(this.classifier, this.scores.scores(runId)).areas(finder.redActions(),
				practice);
		this.store.clear(runId);
		this.store.save(runId, practice, areas);
	}

}
