package uk.gov.london.planreview.report.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore.Submission;
import uk.gov.london.planreview.report.PlanView;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;

/**
 * Introduction: how many plans were reviewed and which authorities they cover, joint
 * plans, authorities with no plan, and submissions that could not be read or were set
 * aside for a later one.
 */
@Component
@Order(100)
public class IntroductionSection implements ReviewSection {

	/** Every London authority: the 32 boroughs and the City of London. */
	static final int LONDON = 33;

	public record Model(String plansPhrase, int plans, String coveredPhrase, boolean allCovered, List<String> covered,
			List<String> joint, String jointConsequence, List<String> uncovered, List<Note> rejected,
			List<Note> superseded) {
	}

	/** A file and what became of it. */
	public record Note(String file, String reason) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		List<PlanView> plans = data.plans();
		List<Authority> uncovered = data.uncovered();
		List<String> coveredNames = data.authorities()
			.stream()
			.filter(a -> !uncovered.contains(a))
			.map(Authority::name)
			.toList();
		int covered = coveredNames.size();
		String coveredPhrase = covered == LONDON ? "all 32 boroughs and the City of London" : Prose.count(covered)
				+ " of London’s " + Prose.count(LONDON) + " authorities (the 32 boroughs and the City of London)";
		List<String> joint = plans.stream().filter(PlanView::joint).map(PlanView::name).sorted().toList();
		String consequence = joint.isEmpty() ? ""
				: "As a result, " + Prose.count(plans.size(), "plan covers", "plans cover") + " "
						+ Prose.count(covered, "authority", "authorities") + ".";
		List<Note> rejected = new ArrayList<>();
		for (Submission s : data.submissions(SubmissionStatus.REJECTED)) {
			String reason = data.findings()
				.stream()
				.filter(f -> f.sourceFile().equals(s.sourceFile()) && f.severity() == Severity.ERROR)
				.map(Finding::message)
				.findFirst()
				.orElse("it could not be read");
			rejected.add(new Note(s.sourceFile(), reason));
		}
		List<Note> superseded = data.submissions(SubmissionStatus.SUPERSEDED)
			.stream()
			.map(s -> new Note(s.sourceFile(),
					s.statusReason() == null ? "a later submission stands" : s.statusReason()))
			.toList();
		String plansPhrase = plans.size() == 1 ? "the one action plan"
				: "all " + Prose.count(plans.size()) + " action plans";
		return Optional.of(Section.of("introduction", "Introduction", "review/introduction.ftl",
				new Model(plansPhrase, plans.size(), coveredPhrase, covered == LONDON, coveredNames, joint, consequence,
						data.uncovered().stream().map(Authority::name).toList(), rejected, superseded)));
	}

}
