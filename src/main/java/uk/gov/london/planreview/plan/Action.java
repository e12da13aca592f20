package uk.gov.london.planreview.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One action read from a plan, with the columns of actions.csv that belong to the action
 * itself.
 *
 * @param sheet the sheet it was read from
 * @param row the 1-based row number as the spreadsheet shows it
 * @param theme the reported (2021+) theme
 * @param ref the plan's reference for it, e.g. {@code 4.3}; empty when the plan gives
 * none
 * @param type mandatory, optional, developing or local
 * @param templateRef for a mandatory action, the template's reference it was matched to
 * (by ref, or by wording where the council renumbered it); empty otherwise
 * @param text what the action is
 * @param lead named lead(s), as written
 * @param leadOrganisations lead organisations, one per item
 * @param partnerCategories the partner categories of the lead and its organisations
 * @param startDate start, when one could be read
 * @param endDate end, when one could be read
 * @param timescaleText the dates as written, when they were text or words ("Ongoing", "Q3
 * 2021/22")
 * @param rag the progress rating, from text or, failing that, the cell's fill colour
 * @param hidden its row is hidden in the workbook (hiding a row does not remove it from
 * the plan)
 */
public record Action(String sheet, int row, String theme, String ref, ActionType type, String templateRef, String text,
		String outcome, String baseline, String lead, List<String> leadOrganisations, List<String> partnerCategories,
		LocalDate startDate, LocalDate endDate, String timescaleText, String progress, Rag rag, String comments,
		String supportingDocuments, boolean hidden) {

	public Action {
		ref = nullToEmpty(ref);
		templateRef = nullToEmpty(templateRef);
		outcome = nullToEmpty(outcome);
		baseline = nullToEmpty(baseline);
		lead = nullToEmpty(lead);
		leadOrganisations = List.copyOf(leadOrganisations);
		partnerCategories = List.copyOf(partnerCategories);
		timescaleText = nullToEmpty(timescaleText);
		progress = nullToEmpty(progress);
		comments = nullToEmpty(comments);
		supportingDocuments = nullToEmpty(supportingDocuments);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
