package uk.gov.london.planreview.plan;

import java.time.LocalDate;
import java.util.List;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;

/**
 * One CSP's plan as read from its workbook.
 *
 * @param authorities the authorities it covers (two or more for a joint plan), in ONS
 * order
 * @param sourceFile the workbook's file name
 * @param cspName the partnership's own name for itself, as written
 * @param templateVersion {@code 2017}, {@code 2021} or {@code 2023}
 * @param submitted the submission date, when the cover sheet gives one
 * @param boardPartners organisations named on the cover sheet as partners on the board
 * @param signatories the sign-off block (empty for a 2017 plan)
 */
public record Plan(List<Authority> authorities, String sourceFile, String cspName, String templateVersion,
		LocalDate submitted, List<String> boardPartners, List<Signatory> signatories, List<Action> actions) {

	public Plan {
		authorities = List.copyOf(authorities);
		boardPartners = List.copyOf(boardPartners);
		signatories = List.copyOf(signatories);
		actions = List.copyOf(actions);
	}

	/**
	 * Stable from quarter to quarter: the ONS codes of the authorities, sorted, joined
	 * with '+'.
	 */
	public String planId() {
		return AuthorityDirectory.planId(this.authorities);
	}

	/** Canonical names joined with "; " as the CSV files write them. */
	public String authorityNames() {
		return String.join("; ", this.authorities.stream().map(Authority::name).toList());
	}

}
