package uk.gov.london.planreview.scoring;

import java.util.List;

/**
 * How complete one action is.
 *
 * @param completeness 0–100, the weighted share of what it should carry
 * @param missing what it lacks, as {@link Item} names, in the order the notes list them
 */
public record ActionCheck(double completeness, List<Item> missing) {

	/** What an action should carry. */
	public enum Item {

		OUTCOME("outcome", "an outcome"), BASELINE("baseline", "a baseline"), LEAD("lead", "a named lead"),
		LEAD_ORGANISATION("lead_organisation", "a lead organisation"), START_DATE("start_date", "a start date"),
		END_DATE("end_date", "an end date"), PROGRESS("progress", "progress to date"), RAG("rag", "a RAG rating"),
		COMMENTS_OR_DOCUMENTS("comments_or_documents", "comments or supporting documents");

		private final String csv;

		private final String words;

		Item(String csv, String words) {
			this.csv = csv;
			this.words = words;
		}

		public String csv() {
			return this.csv;
		}

		/** "a named lead", for sentences. */
		public String words() {
			return this.words;
		}

	}

}
