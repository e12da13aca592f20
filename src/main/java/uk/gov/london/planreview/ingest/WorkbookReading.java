package uk.gov.london.planreview.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.plan.Plan;

/**
 * What reading one input file gave: the plan, or the reason there is none, and every
 * finding.
 *
 * @param authorities the authorities the file is for, as far as they could be told (also
 * when rejected)
 * @param submitted the submission date the cover gives, for choosing between two
 * submissions
 * @param plan the plan; empty when the file was rejected
 */
public record WorkbookReading(String sourceFile, List<Authority> authorities, LocalDate submitted, Optional<Plan> plan,
		List<Finding> findings) {

	public WorkbookReading {
		authorities = List.copyOf(authorities);
		findings = List.copyOf(findings);
	}

	static WorkbookReading rejected(String sourceFile, List<Authority> authorities, List<Finding> findings) {
		return new WorkbookReading(sourceFile, authorities, null, Optional.empty(), findings);
	}

	public boolean accepted() {
		return this.plan.isPresent();
	}

}
