package uk.gov.london.planreview.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.goodpractice.GoodPractice;
import uk.gov.london.planreview.goodpractice.GoodPracticeSettings;
import uk.gov.london.planreview.goodpractice.WeakArea;
import uk.gov.london.planreview.history.MovementStore.PlanMovement;
import uk.gov.london.planreview.history.PlanComparison.ActionChange;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore.Submission;
import uk.gov.london.planreview.plan.PlanCurrency;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.scoring.ScoringWeights;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * Everything a run's documents are written from, loaded once: the submissions, the
 * accepted plans with their scores and action checks (best first, as scores.csv ranks
 * them), the reference data and the weights in force, the good practice and linking up,
 * and the movement since last quarter. Section builders read it; none of them goes back
 * to the database.
 *
 * What concerns one plan is indexed by its id, so that building each plan's feedback
 * costs the same however many plans London has.
 */
public final class ReviewData {

	/** A month as the documents print it: "March 2025". */
	public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** A date as the documents print it: "1 December 2026". */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** The run: which, of when, dated how. */
	public record Run(long runId, Quarter quarter, Instant runDate, String date) {
	}

	/** What the run received, read and reviewed. */
	public record Received(List<Submission> submissions, List<PlanView> plans, List<Authority> authorities,
			List<Finding> findings) {
	}

	/** The settings and reference data in force. */
	public record Reference(ScoringWeights weights, DocumentSettings settings, GoodPracticeSettings goodPractice,
			TemplateCatalogue catalogue, List<String> partnerCategories) {
	}

	/**
	 * What the run found across plans.
	 *
	 * @param practice the good practice, rarest idea first, as good-practice.csv lists it
	 * @param weakAreas every plan's weak areas with their offers, as linking-up.csv lists
	 * them
	 * @param movement by plan id, each plan that was also reviewed last quarter; empty
	 * when there was no review of last quarter
	 * @param changes by plan id, every action change of those plans, dropped actions last
	 */
	public record Findings(Benchmarks benchmarks, List<GoodPractice> practice, List<WeakArea> weakAreas,
			Map<String, PlanMovement> movement, Map<String, List<ActionChange>> changes) {
	}

	private final Run run;

	private final Received received;

	private final Reference reference;

	private final Findings found;

	private final Map<String, PlanView> plansById;

	private final Map<String, List<GoodPractice>> practiceByPlan;

	private final Map<String, List<WeakArea>> weakAreasByPlan;

	private final List<Authority> uncovered;

	private final Map<String, PlanStanding> standings;

	private final Survey survey;

	public ReviewData(Run run, Received received, Reference reference, Findings found) {
		this(run, received, reference, found, null);
	}

	private ReviewData(Run run, Received received, Reference reference, Findings found, Survey survey) {
		this.run = run;
		this.survey = survey;
		this.received = new Received(List.copyOf(received.submissions()), List.copyOf(received.plans()),
				List.copyOf(received.authorities()), List.copyOf(received.findings()));
		this.reference = new Reference(reference.weights(), reference.settings(), reference.goodPractice(),
				reference.catalogue(), List.copyOf(reference.partnerCategories()));
		this.found = new Findings(found.benchmarks(), List.copyOf(found.practice()), List.copyOf(found.weakAreas()),
				Map.copyOf(found.movement()),
				found.changes()
					.entrySet()
					.stream()
					.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))));
		this.plansById = this.received.plans()
			.stream()
			.collect(Collectors.toUnmodifiableMap(PlanView::planId, Function.identity()));
		this.practiceByPlan = this.found.practice()
			.stream()
			.collect(Collectors.groupingBy(GoodPractice::planId, Collectors.toUnmodifiableList()));
		this.weakAreasByPlan = this.found.weakAreas()
			.stream()
			.collect(Collectors.groupingBy(WeakArea::planId, Collectors.toUnmodifiableList()));
		Set<String> covered = this.received.plans()
			.stream()
			.flatMap(p -> p.plan().authorities().stream())
			.map(Authority::onsCode)
			.collect(Collectors.toSet());
		this.uncovered = this.received.authorities().stream().filter(a -> !covered.contains(a.onsCode())).toList();
		this.standings = this.received.plans()
			.stream()
			.collect(Collectors.toUnmodifiableMap(PlanView::planId, this::judge));
	}

	private PlanStanding judge(PlanView plan) {
		DocumentSettings settings = settings();
		String band = benchmarks().overall().band(plan.score().overall());
		long led = plan.actions().stream().filter(a -> !a.partnerCategories().isEmpty()).count();
		boolean wellLed = !plan.actions().isEmpty() && led >= settings.wellLedShare() * plan.actions().size();
		LocalDate submitted = plan.plan().submitted();
		boolean heavy = settings.policeHeavy(plan.score().policeShare());
		String police = heavy ? "heavy"
				: !wellLed ? "unled" : switch (benchmarks().policeShare().band(plan.score().policeShare())) {
					case "bottom" -> "less";
					case "top" -> "more";
					default -> "same";
				};
		PlanCurrency currency = settings.currency();
		return new PlanStanding(band, heavy, wellLed, police, currency.stale(submitted, quarter()),
				submitted == null ? "" : MONTH.format(submitted), currency.draft(plan.plan().sourceFile()),
				currency.superseded(plan.plan().templateVersion()), PlanCurrency.monthsOld(submitted, quarter()));
	}

	/** The same data, with the dates of the stock-take answered alongside the plans. */
	public ReviewData withSurvey(Survey answered) {
		return new ReviewData(this.run, this.received, this.reference, this.found, answered);
	}

	/** When the stock-take run alongside the plans was answered, if there is one. */
	public Optional<Survey> survey() {
		return Optional.ofNullable(this.survey);
	}

	public long runId() {
		return this.run.runId();
	}

	public Quarter quarter() {
		return this.run.quarter();
	}

	public Instant runDate() {
		return this.run.runDate();
	}

	/** The run date as the documents print it ("10 October 2026"). */
	public String date() {
		return this.run.date();
	}

	/** The quarter in words ("July to September 2026"). */
	public String period() {
		return quarter().describe();
	}

	public List<Submission> submissions() {
		return this.received.submissions();
	}

	public List<Submission> submissions(SubmissionStatus status) {
		return submissions().stream().filter(s -> s.status() == status).toList();
	}

	/** The accepted plans, best first, as scores.csv ranks them. */
	public List<PlanView> plans() {
		return this.received.plans();
	}

	public Optional<PlanView> plan(String planId) {
		return Optional.ofNullable(this.plansById.get(planId));
	}

	public List<Authority> authorities() {
		return this.received.authorities();
	}

	public List<Finding> findings() {
		return this.received.findings();
	}

	public ScoringWeights weights() {
		return this.reference.weights();
	}

	/**
	 * The documents' settings: whom to contact, and the thresholds of their judgements.
	 */
	public DocumentSettings settings() {
		return this.reference.settings();
	}

	public GoodPracticeSettings goodPracticeSettings() {
		return this.reference.goodPractice();
	}

	/**
	 * Where a value stands among London's (top, middle or bottom), by the bands of
	 * {@link uk.gov.london.planreview.scoring.Bands}.
	 */
	public String band(double value, Quartiles quartiles) {
		return quartiles.band(value);
	}

	/** How the plan stands: its band, and whether it is current. */
	public PlanStanding standing(PlanView plan) {
		return this.standings.get(plan.planId());
	}

	public TemplateCatalogue catalogue() {
		return this.reference.catalogue();
	}

	/** Every partner category, in the taxonomy's order. */
	public List<String> partnerCategories() {
		return this.reference.partnerCategories();
	}

	public Benchmarks benchmarks() {
		return this.found.benchmarks();
	}

	/** The good practice, rarest idea first, as good-practice.csv lists it. */
	public List<GoodPractice> practice() {
		return this.found.practice();
	}

	/** Every plan's weak areas with their offers, as linking-up.csv lists them. */
	public List<WeakArea> weakAreas() {
		return this.found.weakAreas();
	}

	/**
	 * By plan id, each plan also reviewed last quarter; empty when there was no review
	 * then.
	 */
	public Map<String, PlanMovement> movement() {
		return this.found.movement();
	}

	/** All the accepted plans' actions. */
	public int totalActions() {
		return plans().stream().mapToInt(p -> p.actions().size()).sum();
	}

	/** The authorities no accepted plan covers, in ONS order. */
	public List<Authority> uncovered() {
		return this.uncovered;
	}

	/**
	 * The template version's title, e.g. "Violence and vulnerability reduction action
	 * plan, 2021".
	 */
	public String templateTitle(String version) {
		return catalogue().version(version).map(v -> v.title()).orElse(version);
	}

	/** The plan's own good practice, rarest idea first. */
	public List<GoodPractice> practice(String planId) {
		return this.practiceByPlan.getOrDefault(planId, List.of());
	}

	/** The plan's weak areas, each with its offers, in linking-up.csv's order. */
	public List<WeakArea> weakAreas(String planId) {
		return this.weakAreasByPlan.getOrDefault(planId, List.of());
	}

	/** The plan's movement since last quarter, when it was reviewed then. */
	public Optional<PlanMovement> movement(String planId) {
		return Optional.ofNullable(movement().get(planId));
	}

	/** Every change to the plan's actions since last quarter, unchanged ones included. */
	public List<ActionChange> changes(String planId) {
		return this.found.changes().getOrDefault(planId, List.of());
	}

}
