package uk.gov.london.planreview.ingest;

import java.time.LocalDate;
import java.util.List;

import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Rag;

/**
 * An action row as read, before the plan-wide decisions (template version, mandatory
 * actions, theme fallbacks) turn it into an {@link uk.gov.london.planreview.plan.Action}.
 *
 * @param themeCell the theme cell's text, as written
 * @param theme the reported theme the row's theme cell, section or sheet gives, or null
 * @param explicitType the type the row's own type cell gives, or null
 * @param contextType the type the sheet name or a section row gives, or null
 * @param ragLocation the cell the rating was read from
 * @param hidden the row is hidden in the workbook
 */
record RawRow(String sheet, int row, String ref, String themeCell, String theme, ActionType explicitType,
		ActionType contextType, String text, String outcome, String baseline, String lead,
		List<String> leadOrganisations, String leadOrganisationCell, LocalDate startDate, LocalDate endDate,
		String timescaleText, String progress, Rag rag, String ragLocation, String comments, String supportingDocuments,
		boolean hidden) {
}
