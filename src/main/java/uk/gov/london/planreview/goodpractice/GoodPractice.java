package uk.gov.london.planreview.goodpractice;

import java.util.List;
import java.util.Locale;

/**
 * One action singled out as good practice, with the evidence for it: a row of
 * good-practice.csv, and what the documents' "Areas of good practice" quote.
 *
 * @param authorities canonical names joined with "; "
 * @param row the 1-based row number as the spreadsheet shows it
 * @param theme the reported (2021+) theme the plan put the action under
 * @param category the category id, e.g. {@code joint-intelligence-hub}
 * @param actionType local or developing
 * @param lead the named lead, as written: whom another authority contacts
 * @param matchedWords the action's own words that matched the category
 * @param plansWithCategory how many of the run's plans have an action of this category
 * (any type): the fewer, the higher it ranks
 * @param plans how many plans the run reviewed
 * @param score how strongly the action matched its category
 * @param why the evidence in words: category and words matched, outcome, lead, rarity
 */
public record GoodPractice(String planId, String authorities, String sourceFile, String sheet, int row, String theme,
		String category, String categoryName, String actionRef, String actionType, String action, String outcome,
		String lead, List<String> leadOrganisations, List<String> matchedWords, int plansWithCategory, int plans,
		double score, String why) {

	public GoodPractice {
		leadOrganisations = List.copyOf(leadOrganisations);
		matchedWords = List.copyOf(matchedWords);
	}

	/** The lead with the organisations not already named in it: "DS Patel (MPS)". */
	public String contact() {
		List<String> extra = this.leadOrganisations.stream()
			.filter(o -> !this.lead.toLowerCase(Locale.ROOT).contains(o.toLowerCase(Locale.ROOT)))
			.toList();
		return extra.isEmpty() ? this.lead : this.lead + " (" + String.join(", ", extra) + ")";
	}

}
