package uk.gov.london.planreview.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.ingest.InputFolder;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.report.QuarterDocuments;
import uk.gov.london.planreview.stocktake.ResponseFile;
import uk.gov.london.planreview.stocktake.StocktakeReading;
import uk.gov.london.planreview.stocktake.StocktakeService.RecordedFile;
import uk.gov.london.planreview.stocktake.StocktakeService;

/**
 * The stock-take as both jobs see it: the run's recorded CSV inputs, read, and joined
 * with its plans.
 */
@Component
class StocktakeSteps {

	private final ReviewRunStore runs;

	private final StocktakeService stocktake;

	private final SubmissionStore submissions;

	private final FindingStore findings;

	StocktakeSteps(ReviewRunStore runs, StocktakeService stocktake, SubmissionStore submissions,
			FindingStore findings) {
		this.runs = runs;
		this.stocktake = stocktake;
		this.submissions = submissions;
		this.findings = findings;
	}

	/** Reads the responses and records what reading them found. */
	StocktakeReading readAndRecord(ReviewRun run) {
		List<Finding> found = new ArrayList<>();
		StocktakeReading reading = this.stocktake.read(this.stocktake.responseFiles(recorded(run), found));
		found.addAll(reading.findings());
		this.findings.clear(run.runId(), "readStocktake");
		this.findings.add(run.runId(), "readStocktake", found);
		return reading;
	}

	/**
	 * The responses, read again (the files are checked against what the run recorded).
	 */
	StocktakeReading read(ReviewRun run) {
		return this.stocktake.read(this.stocktake.responseFiles(recorded(run), new ArrayList<>()));
	}

	/** The responses and their summary for the documents, when there are any. */
	Optional<QuarterDocuments.Stocktake> forDocuments(ReviewRun run) {
		StocktakeReading reading = read(run);
		return reading.responses().isEmpty() ? Optional.empty() : Optional
			.of(new QuarterDocuments.Stocktake(reading, this.stocktake.summary(reading, reviewedPlans(run))));
	}

	/**
	 * The authorities whose plans this run reviewed, or null for the stock-take on its
	 * own.
	 */
	Set<String> reviewedPlans(ReviewRun run) {
		if (!run.part().isEmpty()) {
			return null;
		}
		Set<String> reviewed = new HashSet<>();
		this.submissions.submissions(run.runId())
			.stream()
			.filter(s -> s.status() == SubmissionStatus.ACCEPTED)
			.forEach(s -> s.authorities().forEach(a -> reviewed.add(a.onsCode())));
		return reviewed;
	}

	private List<RecordedFile> recorded(ReviewRun run) {
		return this.runs.inputs(run.runId())
			.stream()
			.filter(input -> input.kind() == InputFolder.Kind.STOCKTAKE)
			.map(input -> new RecordedFile(new ResponseFile(run.inputFile(input.name()), input.name()), input.sha256()))
			.toList();
	}

}
