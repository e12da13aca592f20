package uk.gov.london.planreview.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore.Submission;
import uk.gov.london.planreview.scoring.ScoringWeights;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * Everything a run's documents are written from, loaded once: the submissions, the accepted plans with
 * their scores and action checks (best first, as scores.csv ranks them), the reference data and the
 * weights in force. Section builders read it; none of them goes back to the database.
 *
 * @param date the run date as the documents print it ("10 October 2026")
 * @param period the quarter in words ("July to September 2026")
 * @param partnerCategories every partner category, in the taxonomy's order
 */
public record ReviewData(long runId, String quarter, String period, Instant runDate, String date,
		List<Submission> submissions, List<PlanView> plans, List<Authority> authorities, List<Finding> findings,
		ScoringWeights weights, TemplateCatalogue catalogue, List<String> partnerCategories, Benchmarks benchmarks) {

	public ReviewData {
		submissions = List.copyOf(submissions);
		plans = List.copyOf(plans);
		authorities = List.copyOf(authorities);
		findings = List.copyOf(findings);
		partnerCategories = List.copyOf(partnerCategories);
	}

	public List<Submission> submissions(SubmissionStatus status) {
		return this.submissions.stream().filter(s -> s.status() == status).toList();
	}

	public Optional<PlanView> plan(String planId) {
		return this.plans.stream().filter(p -> p.planId().equals(planId)).findFirst();
	}

	/** All the accepted plans' actions. */
	public int totalActions() {
		return this.plans.stream().mapToInt(p -> p.actions().size()).sum();
	}

	/** The authorities no accepted plan covers, in ONS order. */
	public List<Authority> uncovered() {
		List<String> covered = this.plans.stream().flatMap(p -> p.plan().authorities().stream()).map(Authority::onsCode).toList();
		return this.authorities.stream().filter(a -> !covered.contains(a.onsCode())).toList();
	}

	/** The template version's title, e.g. "Violence and vulnerability reduction action plan, 2021". */
	public String templateTitle(String version) {
		return this.catalogue.version(version).map(v -> v.title()).orElse(version);
	}

}
