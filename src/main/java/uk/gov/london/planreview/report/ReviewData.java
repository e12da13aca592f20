package uk.gov.london.planreview.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.goodpractice.GoodPractice;
import uk.gov.london.planreview.goodpractice.WeakArea;
import uk.gov.london.planreview.history.MovementStore.PlanMovement;
import uk.gov.london.planreview.history.PlanComparison.ActionChange;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore.Submission;
import uk.gov.london.planreview.scoring.ScoringWeights;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * Everything a run's documents are written from, loaded once: the submissions, the
 * accepted plans with their scores and action checks (best first, as scores.csv ranks
 * them), the reference data and the weights in force, the good practice and linking up,
 * and the movement since last quarter. Section builders read it; none of them goes back
 * to the database.
 *
 * @param date the run date as the documents print it ("10 October 2026")
 * @param partnerCategories every partner category, in the taxonomy's order
 * @param practice the good practice, rarest idea first, as good-practice.csv lists it
 * @param weakAreas every plan's weak areas with their offers, as linking-up.csv lists
 * them
 * @param movement by plan id, each plan that was also reviewed last quarter; empty when
 * there was no review of last quarter
 * @param changes by plan id, every action change of those plans, dropped actions last
 */
public record ReviewData(long runId, Quarter quarter, Instant runDate, String date, List<Submission> submissions,
		List<PlanView> plans, List<Authority> authorities, List<Finding> findings, ScoringWeights weights,
		TemplateCatalogue catalogue, List<String> partnerCategories, Benchmarks benchmarks, List<GoodPractice> practice,
		List<WeakArea> weakAreas, Map<String, PlanMovement> movement, Map<String, List<ActionChange>> changes) {

	public ReviewData {
		submissions = List.copyOf(submissions);
		plans = List.copyOf(plans);
		authorities = List.copyOf(authorities);
		findings = List.copyOf(findings);
		partnerCategories = List.copyOf(partnerCategories);
		practice = List.copyOf(practice);
		weakAreas = List.copyOf(weakAreas);
		movement = Map.copyOf(movement);
		changes = changes.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
	}

	/** The quarter in words ("July to September 2026"). */
	public String period() {
		return this.quarter.describe();
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
		List<String> covered = this.plans.stream()
			.flatMap(p -> p.plan().authorities().stream())
			.map(Authority::onsCode)
			.toList();
		return this.authorities.stream().filter(a -> !covered.contains(a.onsCode())).toList();
	}

	/**
	 * The template version's title, e.g. "Violence and vulnerability reduction action
	 * plan, 2021".
	 */
	public String templateTitle(String version) {
		return this.catalogue.version(version).map(v -> v.title()).orElse(version);
	}

	/** The plan's own good practice, rarest idea first. */
	public List<GoodPractice> practice(String planId) {
		return this.practice.stream().filter(p -> p.planId().equals(planId)).toList();
	}

	/** The plan's weak areas, each with its offers, in linking-up.csv's order. */
	public List<WeakArea> weakAreas(String planId) {
		return this.weakAreas.stream().filter(a -> a.planId().equals(planId)).toList();
	}

	/** The plan's movement since last quarter, when it was reviewed then. */
	public Optional<PlanMovement> movement(String planId) {
		return Optional.ofNullable(this.movement.get(planId));
	}

	/** Every change to the plan's actions since last quarter, unchanged ones included. */
	public List<ActionChange> changes(String planId) {
		return this.changes.getOrDefault(planId, List.of());
	}

}
