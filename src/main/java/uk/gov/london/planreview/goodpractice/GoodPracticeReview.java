package uk.gov.london.planreview.goodpractice;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.plan.PlanCurrency;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.scoring.PlanScorer;
import uk.gov.london.planreview.scoring.ScoreStore;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * The job's good-practice step: finds the good practice in the run's scored plans (the
 * listed ideas, then new ones for a reviewer to name), links each plan's weak areas with
 * practice elsewhere, and stores both for the tables and documents.
 */
@Component
public class GoodPracticeReview {

	private final SubmissionStore submissions;

	private final ScoreStore scores;

	private final GoodPracticeStore store;

	private final CategoryClassifier classifier;

	private final TemplateCatalogue catalogue;

	private final FindingStore findings;

	private final PlanScorer scorer;

	private final GoodPracticeSettings settings;

	private final PlanCurrency currency;

	GoodPracticeReview(SubmissionStore submissions, ScoreStore scores, GoodPracticeStore store,
			@Qualifier("goodPracticeCategories") CategoryClassifier goodPracticeCategories, TemplateCatalogue catalogue,
			FindingStore findings, PlanScorer scorer, GoodPracticeSettings settings, PlanCurrency currency) {
		this.submissions = submissions;
		this.scores = scores;
		this.store = store;
		this.classifier = goodPracticeCategories;
		this.catalogue = catalogue;
		this.findings = findings;
		this.scorer = scorer;
		this.settings = settings;
		this.currency = currency;
	}

	/**
	 * Replaces whatever an interrupted attempt of the step stored for the run. A plan
	 * whose actions cannot be looked through is left out of good practice, with an error
	 * finding, and London's review goes on. A plan that is not current for the quarter
	 * (out of date, a draft, on a replaced template) counts towards how many plans have
	 * an idea, but is quoted neither as good practice nor as a new idea, and is offered
	 * to no one for linking up.
	 */
	public void review(long runId, Quarter quarter) {
		GoodPracticeFinder finder = new GoodPracticeFinder(this.classifier, this.catalogue,
				a -> this.scorer.check(a).completeness());
		List<Finding> left = new ArrayList<>();
		this.submissions.forEachAcceptedPlan(runId, plan -> {
			try {
				finder.add(plan, !this.currency.outOfDate(plan, quarter));
			}
			catch (RuntimeException ex) {
				left.add(new Finding(plan.sourceFile(), plan.planId(), Severity.ERROR, "",
						"Good practice could not be looked for in this plan (" + ex.getClass().getSimpleName()
								+ (ex.getMessage() == null ? "" : ": " + ex.getMessage())
								+ "); it is reviewed without. "
								+ "Send this workbook to the team that looks after plan-review."));
			}
		});
		this.findings.clear(runId, "findGoodPractice");
		this.findings.add(runId, "findGoodPractice", left);
		List<ActionWording> actions = finder.wordings();
		List<GoodPractice> practice = new ArrayList<>(finder.practice());
		practice.addAll(new NewIdeas(finder, this.settings).find(actions, finder.plans()));
		List<WeakArea> areas = new LinkingUp(this.classifier, this.scores.scores(runId), this.settings,
				finder.outOfDate())
			.areas(actions);
		this.store.clear(runId);
		this.store.save(runId, practice, areas);
	}

}
