package uk.gov.london.planreview.review;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.Publisher;
import uk.gov.london.planreview.archive.Sha256;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.ingest.InputFolder;
import uk.gov.london.planreview.review.ReviewRunStore.RecordedInput;

/**
 * The job's first step: records the run and every input file with its fingerprint (what
 * the run reviews, whatever is added later), reports files it will not read, and clears a
 * staging folder an abandoned run left.
 */
@Component
class RunPreparation {

	private final ReviewRunStore runs;

	private final FindingStore findings;

	private final SettingsFingerprint settings;

	RunPreparation(ReviewRunStore runs, FindingStore findings, SettingsFingerprint settings) {
		this.runs = runs;
		this.findings = findings;
		this.settings = settings;
	}

	void prepare(ReviewRun run) throws IOException {
		this.runs.begin(run, this.settings.now());
		this.findings.clear(run.runId(), "prepareRun");
		InputFolder.Listing listing = InputFolder.list(run.input(), run.output());
		List<Finding> ignored = new ArrayList<>(listing.skipped());
		for (InputFolder.InputFile file : listing.files()) {
			this.runs.recordInput(run.runId(), new RecordedInput(file.name(), file.kind(), Sha256.of(file.path())));
			if (file.kind() == InputFolder.Kind.OTHER) {
				ignored.add(InputFolder.ignored(file));
			}
		}
		this.findings.add(run.runId(), "prepareRun", ignored);
		Publisher.deleteTree(run.staging());
		Files.createDirectories(run.staging());
	}

}
