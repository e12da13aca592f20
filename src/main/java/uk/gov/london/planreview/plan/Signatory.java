package uk.gov.london.planreview.plan;

import java.time.LocalDate;

/**
 * One sign-off box of a 2021+ plan. A joint plan has a Chief Executive's and a Leader's
 * box for each authority it covers.
 *
 * @param role Chief Executive, Leader or elected Mayor, or BCU Commander
 * @param authority the ONS code of the authority the box is for, when it says ("Chief
 * Executive, Royal Borough of Kingston upon Thames"); empty when it does not
 * @param name the name given, empty when none
 * @param date the date given, when one could be read
 * @param signed whether there is a signature, or "signed"
 */
public record Signatory(String role, String authority, String name, LocalDate date, boolean signed) {

	public static final String CHIEF_EXECUTIVE = "Chief Executive";

	public static final String LEADER = "Leader or elected Mayor";

	public static final String BCU_COMMANDER = "BCU Commander";

	public Signatory {
		authority = authority == null ? "" : authority;
	}

	/** A box counts as signed off when it names someone and carries a signature. */
	public boolean complete() {
		return !this.name.isBlank() && this.signed;
	}

}
