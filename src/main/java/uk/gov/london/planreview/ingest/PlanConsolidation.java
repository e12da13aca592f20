package uk.gov.london.planreview.ingest;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.FindingStore;

/**
 * The job's consolidation step: where two submissions cover one authority the later one
 * stands, and authorities with no plan are reported.
 */
@Component
public class PlanConsolidation {

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final AuthorityDirectory authorities;

	PlanConsolidation(SubmissionStore submissions, FindingStore findings, AuthorityDirectory authorities) {
		this.submissions = submissions;
		this.findings = findings;
		this.authorities = authorities;
	}

	public void consolidate(long runId) {
		SubmissionConsolidator.Outcome outcome = SubmissionConsolidator.consolidate(this.submissions.submissions(runId),
				this.authorities.all(), file -> this.authorities.mentioned(file.replaceAll("\\.[^.]+$", "")));
		outcome.superseded()
			.forEach(s -> this.submissions.setStatus(runId, s.sourceFile(), SubmissionStatus.SUPERSEDED, s.reason()));
		this.findings.clear(runId, "consolidatePlans");
		this.findings.add(runId, "consolidatePlans", outcome.findings());
	}

}
