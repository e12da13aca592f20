package uk.gov.london.planreview.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import uk.gov.london.planreview.quarter.Quarter;

/**
 * Whether a plan describes this quarter: not submitted too long ago, not a draft, not on
 * a template a later one has replaced. A plan that is not current is reviewed and scored
 * as received, and asked for a current one; it is not held up to others as a model (good
 * practice, the strongest plans in a theme, linking up). One judgement for the documents
 * and the good practice, from the settings of {@code planreview.documents}.
 *
 * @param staleAfterMonths something submitted more than this many months before the last
 * month of the quarter reviewed is out of date
 * @param supersededTemplates template versions a later one has replaced
 * @param draftWords words in a plan's file name that mark it as a draft
 */
public record PlanCurrency(int staleAfterMonths, List<String> supersededTemplates, List<String> draftWords) {

	public PlanCurrency {
		supersededTemplates = supersededTemplates == null ? List.of() : List.copyOf(supersededTemplates);
		draftWords = draftWords == null ? List.of() : List.copyOf(draftWords);
	}

	/** Out of date, a draft or on a replaced template, for a review of the quarter. */
	public boolean outOfDate(Plan plan, Quarter quarter) {
		return stale(plan.submitted(), quarter) || draft(plan.sourceFile()) || superseded(plan.templateVersion());
	}

	/**
	 * Whether something dated so is out of date for a review of the quarter: more than
	 * {@link #staleAfterMonths} whole months before the quarter's last month.
	 */
	public boolean stale(LocalDate dated, Quarter quarter) {
		return dated != null && monthsOld(dated, quarter) > this.staleAfterMonths;
	}

	/**
	 * How many whole months before the quarter's last month something was dated, so that
	 * a document can say how old it is ("over eight years") rather than the threshold; 0
	 * when undated.
	 */
	public static int monthsOld(LocalDate dated, Quarter quarter) {
		if (dated == null) {
			return 0;
		}
		LocalDate last = quarter.next().firstDay().minusDays(1);
		return (last.getYear() - dated.getYear()) * 12 + last.getMonthValue() - dated.getMonthValue();
	}

	/**
	 * Whether a file's name marks it as a draft ("Hounslow VVRAP 2021-22 draft.xlsx").
	 */
	public boolean draft(String fileName) {
		String words = " " + fileName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
		return this.draftWords.stream().anyMatch(w -> words.contains(" " + w.toLowerCase(Locale.ROOT).trim() + " "));
	}

	public boolean superseded(String templateVersion) {
		return this.supersededTemplates.contains(templateVersion);
	}

}
