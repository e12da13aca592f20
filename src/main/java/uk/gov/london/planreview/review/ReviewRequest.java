package uk.gov.london.planreview.review;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import uk.gov.london.planreview.quarter.Quarter;

/**
 * What to review: a quarter's input folder into an output folder.
 *
 * @param rerun review a quarter again that already has a published review, into a new
 * revision
 * @param documents render the PDF and HTML documents (off for data-only runs)
 * @param reviewDate the date the documents carry; the same inputs reviewed with the same
 * date give byte-identical outputs
 * @param afresh set an interrupted run of the quarter aside and start again from the
 * current inputs, even though they have not changed
 */
public record ReviewRequest(Path input, Path output, Quarter quarter, boolean rerun, boolean documents,
		LocalDate reviewDate, boolean afresh) {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** A first review of the quarter, with documents, dated today. */
	public static ReviewRequest of(Path input, Path output, Quarter quarter) {
		return new ReviewRequest(input, output, quarter, false, true, LocalDate.now(LONDON), false);
	}

	public ReviewRequest withoutDocuments() {
		return new ReviewRequest(this.input, this.output, this.quarter, this.rerun, false, this.reviewDate,
				this.afresh);
	}

	public ReviewRequest dated(LocalDate date) {
		return new ReviewRequest(this.input, this.output, this.quarter, this.rerun, this.documents, date, this.afresh);
	}

	public ReviewRequest asRerun() {
		return new ReviewRequest(this.input, this.output, this.quarter, true, this.documents, this.reviewDate,
				this.afresh);
	}

	/** The instant documents are dated with: the start of the review date in London. */
	Instant documentDate() {
		return this.reviewDate.atStartOfDay(LONDON).toInstant();
	}

}
