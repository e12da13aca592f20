package uk.gov.london.planreview.review;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.ingest.InputFolder;

/**
 * Decides how a run of a quarter starts, with the quarter's lock held (so no other
 * process is running it): it finishes a publish that was interrupted; it resumes an
 * interrupted run only when the inputs, settings and reference data are what that run
 * read; and otherwise it sets the interrupted attempt aside and starts afresh from the
 * current inputs, saying why. A run killed outright is still marked as running: holding
 * the lock proves it is not, so it is marked failed first.
 */
@Component
class Attempts {

	/**
	 * How the run starts.
	 *
	 * @param parameters the job's parameters: an earlier attempt's to resume or finish
	 * it, new ones to start afresh
	 * @param say what to tell the person running it, or null
	 */
	record Start(JobParameters parameters, String say) {
	}

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final ReviewRunStore runs;

	private final SettingsFingerprint settings;

	Attempts(JobOperator jobOperator, JobRepository jobRepository, ReviewRunStore runs, SettingsFingerprint settings) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.runs = runs;
		this.settings = settings;
	}

	/**
	 * A run of this job for the quarter that was interrupted while publishing: its
	 * outputs are partly or wholly in place, so it is finished as it was, whatever
	 * changed since.
	 */
	Optional<Start> unfinishedPublish(Job job, OutputLayout layout) {
		for (long runId : this.runs.unfinished(job.getName(), layout.quarter(), layout.outputDir())) {
			JobInstance instance = this.jobRepository.getJobInstance(runId);
			JobExecution last = instance == null ? null : this.jobRepository.getLastJobExecution(instance);
			if (last == null || last.getStatus() == BatchStatus.ABANDONED) {
				continue;
			}
			ReviewRun earlier = ReviewRun.of(last);
			if (earlier.layout().published(earlier.revision())
					|| Files.exists(earlier.staging().resolve(OutputLayout.MANIFEST))) {
				markFailedIfKilled(last);
				return Optional.of(new Start(last.getJobParameters(), "The review of " + layout.quarter()
						+ " was interrupted while its outputs were being published; finishing it."));
			}
		}
		return Optional.empty();
	}

	/** The attempt to run for a revision: the interrupted one resumed, or a new one. */
	Start choose(Job job, ReviewRequest request, OutputLayout layout, int revision)
			throws IOException, JobExecutionAlreadyRunningException {
		String said = null;
		for (int attempt = 0;; attempt++) {
			JobParameters identifying = ReviewRun.parameters(request.quarter(), request.input(), layout.outputDir(),
					revision, attempt, Instant.EPOCH, request.documents());
			JobExecution last = this.jobRepository.getLastJobExecution(job.getName(),
					new JobParameters(identifying.getIdentifyingParameters()));
			if (last == null) {
				return new Start(ReviewRun.parameters(request.quarter(), request.input(), layout.outputDir(), revision,
						attempt, request.documentDate(), request.documents()), said);
			}
			if (last.getStatus() == BatchStatus.COMPLETED) {
				// Completed, yet not published here: its outputs were removed since.
				said = "The outputs of an earlier review of " + request.quarter() + " in "
						+ layout.publishedDir(revision) + " are no longer there; reviewing it afresh.";
				continue;
			}
			if (last.getStatus() == BatchStatus.ABANDONED) {
				continue;
			}
			last = markFailedIfKilled(last);
			ReviewRun earlier = ReviewRun.of(last);
			Optional<String> changed = request.afresh() ? Optional.of("as asked (--afresh)") : changes(earlier);
			if (changed.isEmpty()) {
				return new Start(
						ReviewRun.parameters(request.quarter(), request.input(), layout.outputDir(), revision, attempt,
								earlier.runDate(), earlier.documents()),
						"Resuming the interrupted review of " + request.quarter() + " from step " + failedStep(last)
								+ ": the inputs are as it read them.");
			}
			this.jobOperator.abandon(last);
			this.runs.setAside(earlier.runId());
			said = "Starting the review of " + request.quarter() + " afresh from the current inputs, " + changed.get()
					+ "; the interrupted attempt is set aside.";
		}
	}

	/** What changed since the interrupted run recorded its inputs, if anything did. */
	private Optional<String> changes(ReviewRun earlier) throws IOException {
		Optional<String> settingsThen = this.runs.settings(earlier.runId());
		if (settingsThen.isEmpty()) {
			// It stopped before recording anything: resuming reads the inputs as they are
			// now.
			return Optional.empty();
		}
		InputChanges changes = InputChanges.since(this.runs.inputs(earlier.runId()),
				InputFolder.list(earlier.input(), earlier.output()));
		if (!changes.none()) {
			return Optional.of("since the inputs have changed since the interrupted review: " + changes.describe());
		}
		if (!settingsThen.get().equals(this.settings.now())) {
			return Optional
				.of("since the settings or reference data (config/) have changed since the interrupted " + "review");
		}
		return Optional.empty();
	}

	private JobExecution markFailedIfKilled(JobExecution execution) {
		return execution.getStatus().isRunning() ? this.jobOperator.recover(execution) : execution;
	}

	static String failedStep(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStatus() != BatchStatus.COMPLETED)
			.map(StepExecution::getStepName)
			.findFirst()
			.orElse("the start");
	}

}
