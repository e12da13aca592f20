package uk.gov.london.planreview.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What a cover or governance sheet says about the plan. Each value carries where it was
 * read, for findings that point at the cell.
 */
record CoverDetails(Located cspName, Located authorities, Located templateVersion, Located submittedText,
		LocalDate submitted, List<String> strategicLeads, List<String> boardPartners, List<String> keyMeetings,
		List<SignOffBox> signatories, String allText) {

	/** A value and the cell it came from. */
	record Located(String value, String location) {

		static final Located NONE = new Located("", "");

		boolean present() {
			return !this.value.isBlank();
		}

	}

}
