package uk.gov.london.planreview.review;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.InputFolder;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.review.ReviewRunStore.RecordedInput;

/**
 * A review that covers no plan is not a review: it is never published, and the person
 * running it is told what was found instead, so that they can put it right.
 */
@Component
class ReviewablePlans {

	/** How many unreadable files the message names before it counts the rest. */
	private static final int NAMED = 3;

	private final ReviewRunStore runs;

	private final SubmissionStore submissions;

	private final FindingStore findings;

	ReviewablePlans(ReviewRunStore runs, SubmissionStore submissions, FindingStore findings) {
		this.runs = runs;
		this.submissions = submissions;
		this.findings = findings;
	}

	/** Stops the run, saying what it found, when no plan was accepted. */
	void require(ReviewRun run) {
		List<SubmissionStore.Submission> all = this.submissions.submissions(run.runId());
		if (all.stream().anyMatch(s -> s.status() == SubmissionStatus.ACCEPTED)) {
			return;
		}
		List<RecordedInput> inputs = this.runs.inputs(run.runId());
		long csv = inputs.stream().filter(i -> i.kind() == InputFolder.Kind.STOCKTAKE).count();
		long other = inputs.stream().filter(i -> i.kind() == InputFolder.Kind.OTHER).count();
		String besides = (csv > 0 ? ", " + count(csv, "CSV file", "CSV files") : "")
				+ (other > 0 ? ", " + count(other, "other file", "other files") : "");
		String found;
		if (all.isEmpty()) {
			found = run.input() + " and its sub-folders hold no plan workbook (.xlsx, .xlsm or .xls)"
					+ (besides.isEmpty() ? ": the folder is empty" : ", only" + besides.substring(1))
					+ ". Put the plans' workbooks there, or give the folder that holds them with --input";
		}
		else {
			List<Finding> errors = this.findings.all(run.runId())
				.stream()
				.filter(f -> f.severity() == Severity.ERROR)
				.toList();
			String named = all.stream()
				.limit(NAMED)
				.map(s -> s.sourceFile() + " (" + firstSentence(errors, s.sourceFile()) + ")")
				.collect(Collectors.joining("; "));
			found = "of the " + count(all.size(), "workbook", "workbooks") + " in " + run.input()
					+ (all.size() == 1 ? " none" : ", none") + " could be read as a plan: " + named
					+ (all.size() > NAMED ? "; and " + (all.size() - NAMED) + " more" : "") + besides
					+ ". Put them right and run the same command again";
		}
		throw new ReviewStopped("No plan could be reviewed, so nothing was published: " + found + ".");
	}

	private static String firstSentence(List<Finding> errors, String sourceFile) {
		String message = errors.stream()
			.filter(f -> f.sourceFile().equals(sourceFile))
			.map(Finding::message)
			.findFirst()
			.orElse("it could not be read");
		int stop = message.indexOf(". ");
		String sentence = stop > 0 ? message.substring(0, stop) : message.replaceAll("\\.$", "");
		return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
	}

	private static String count(long n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

}
