package uk.gov.london.planreview.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.goodpractice.GoodPracticeSettings;
import uk.gov.london.planreview.goodpractice.GoodPracticeStore;
import uk.gov.london.planreview.history.MovementStore;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore.Submission;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.PlanScorer;
import uk.gov.london.planreview.scoring.ScoreStore;
import uk.gov.london.planreview.scoring.ScoringWeights;
import uk.gov.london.planreview.template.TemplateCatalogue;

/** Loads a run's {@link ReviewData} from the project's tables. */
@Component
public class ReviewDataLoader {

	private final SubmissionStore submissions;

	private final ScoreStore scores;

	private final FindingStore findings;

	private final AuthorityDirectory authorities;

	private final TemplateCatalogue catalogue;

	private final PartnerTaxonomy taxonomy;

	private final PlanScorer scorer;

	private final ScoringWeights weights;

	private final GoodPracticeStore goodPractice;

	private final MovementStore movements;

	private final DocumentSettings settings;

	private final GoodPracticeSettings goodPracticeSettings;

	ReviewDataLoader(SubmissionStore submissions, ScoreStore scores, FindingStore findings,
			AuthorityDirectory authorities, TemplateCatalogue catalogue, PartnerTaxonomy taxonomy, PlanScorer scorer,
			ScoringWeights weights, GoodPracticeStore goodPractice, MovementStore movements, DocumentSettings settings,
			GoodPracticeSettings goodPracticeSettings) {
		this.submissions = submissions;
		this.scores = scores;
		this.findings = findings;
		this.authorities = authorities;
		this.catalogue = catalogue;
		this.taxonomy = taxonomy;
		this.scorer = scorer;
		this.weights = weights;
		this.goodPractice = goodPractice;
		this.movements = movements;
		this.settings = settings;
		this.goodPracticeSettings = goodPracticeSettings;
	}

	public ReviewData load(long runId, Quarter quarter, Instant runDate) {
		List<Submission> all = this.submissions.submissions(runId);
		Map<String, Submission> bySource = all.stream()
			.filter(s -> s.status() == SubmissionStatus.ACCEPTED)
			.collect(Collectors.toMap(Submission::sourceFile, Function.identity()));
		List<PlanView> plans = new ArrayList<>();
		for (PlanScore score : this.scores.scores(runId)) {
			Submission submission = bySource.get(score.sourceFile());
			if (submission == null) {
				continue;
			}
			Plan plan = this.submissions.plan(runId, submission);
			plans.add(new PlanView(plan, score, plan.actions().stream().map(this.scorer::check).toList()));
		}
		return new ReviewData(
				new ReviewData.Run(runId, quarter, runDate,
						ReviewData.DAY.format(runDate.atZone(ZoneId.of("Europe/London")))),
				new ReviewData.Received(all, plans, this.authorities.all(), this.findings.all(runId)),
				new ReviewData.Reference(this.weights, this.settings, this.goodPracticeSettings, this.catalogue,
						this.taxonomy.categories()),
				new ReviewData.Findings(Benchmarks.of(plans.stream().map(PlanView::score).toList()),
						this.goodPractice.practice(runId), this.goodPractice.linkingUp(runId),
						this.movements.plans(runId), this.movements.changes(runId)));
	}

}
