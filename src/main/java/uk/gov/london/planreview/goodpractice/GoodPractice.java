package uk.gov.london.planreview.goodpractice;

import java.util.List;

import uk.gov.london.planreview.plan.LeadOrganisations;

/**
 * One action singled out as good practice, with the evidence for it: a row of
 * good-practice.csv, and what the documents' "Areas of good practice" quote.
 *
 * @param authorities canonical names joined with "; "
 * @param row the 1-based row number as the spreadsheet shows it
 * @param theme the reported (2021+) theme the plan put the action under
 * @param category the category id, e.g. {@code joint-intelligence-hub}, or
 * {@link #NEW_IDEA}
 * @param actionType local or developing
 * @param lead the named lead, as written: whom another authority contacts
 * @param matchedWords the action's own words that matched the category
 * @param plansWithCategory how many of the run's plans have an action of this category
 * (any type; for a new idea, an action worded like it): the fewer, the higher it ranks
 * @param plans how many plans the run reviewed
 * @param score how strongly the action matched its category
 * @param why the evidence in words: category and words matched, outcome, lead, rarity
 */
public record GoodPractice(String planId, String authorities, String sourceFile, String sheet, int row, String theme,
		String category, String categoryName, String actionRef, String actionType, String action, String outcome,
		String lead, List<String> leadOrganisations, List<String> matchedWords, int plansWithCategory, int plans,
		double score, String why) {

	/**
	 * The category of a new idea: a sound local action no listed category describes and
	 * few plans share, for a reviewer to name.
	 */
	public static final String NEW_IDEA = "new-idea";

	public GoodPractice {
		leadOrganisations = List.copyOf(leadOrganisations);
		matchedWords = List.copyOf(matchedWords);
	}

	/** A new idea for a reviewer to name, rather than one of the listed categories. */
	public boolean newIdea() {
		return NEW_IDEA.equals(this.category);
	}

	/** Whom to contact: the named lead with its organisations, "DS Patel (MPS)". */
	public String contact() {
		return LeadOrganisations.contact(this.lead, this.leadOrganisations);
	}

}
