package uk.gov.london.planreview.ingest;

import java.util.Locale;

/**
 * What a column of an action table means, whatever its heading says (see
 * column-headings.csv).
 */
public enum Field {

	REFERENCE, THEME, ACTION, TYPE, OUTCOME, BASELINE, LEAD, LEAD_ORGANISATION, START_DATE, END_DATE, TIMESCALE,
	PROGRESS, RAG, COMMENTS, SUPPORTING_DOCUMENTS, ADOPTED;

	static Field fromCsv(String value) {
		return valueOf(value.trim().toUpperCase(Locale.ROOT));
	}

}
