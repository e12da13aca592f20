package uk.gov.london.planreview.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import uk.gov.london.planreview.review.Quarter;

/**
 * The command line, parsed.
 *
 * @param input the folder of plan workbooks (or, for the stock-take, a folder or a CSV
 * file)
 * @param output the folder the quarter's outputs go under
 * @param quarter the quarter to review
 * @param rerun review a quarter that already has a published review again, into a new
 * revision
 * @param documents render the PDF and HTML documents (off for data-only benchmark runs)
 * @param schedule stay running and review on the schedule in application.yml
 * @param scale for the sample: how many times the London sample to write
 * @param reviewDate the date the documents carry
 */
public record Options(Command command, Path input, Path output, Quarter quarter, boolean rerun, boolean documents,
		boolean schedule, int scale, LocalDate reviewDate) {
}
