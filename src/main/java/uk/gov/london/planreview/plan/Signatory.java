package uk.gov.london.planreview.plan;

import java.time.LocalDate;

/**
 * One of the three sign-off boxes of a 2021+ plan.
 *
 * @param role Chief Executive, Leader or elected Mayor, or BCU Commander
 * @param name the name given, empty when none
 * @param date the date given, when one could be read
 * @param signed whether there is a signature, or "signed"
 */
public record Signatory(String role, String name, LocalDate date, boolean signed) {

	/** A box counts as signed off when it names someone and carries a signature. */
	public boolean complete() {
		return !this.name.isBlank() && this.signed;
	}

}
