package uk.gov.london.planreview.review;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore;

/**
 * Runs the quarterly review for one quarter and says how it went. It decides the revision
 * (refusing to replace a published review unless asked to rerun), resumes an interrupted
 * run with its original parameters, and makes sure only one run works on a quarter's
 * folder at a time.
 */
@Component
public class ReviewCommand {

	/** How a run ended, for the exit status and the last line the user sees. */
	public record Outcome(int exitCode, String message) {
	}

	static final int EXIT_FAILED = 1;

	static final int EXIT_REFUSED = 3;

	static final int EXIT_BUSY = 4;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job quarterlyReview;

	private final Job stocktake;

	private final ReviewRunStore runs;

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final Progress progress;

	private final AuthorityDirectory authorities;

	ReviewCommand(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier("quarterlyReview") Job quarterlyReview, @Qualifier("stocktake") Job stocktake,
			ReviewRunStore runs, SubmissionStore submissions, FindingStore findings, Progress progress,
			AuthorityDirectory authorities) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.quarterlyReview = quarterlyReview;
		this.stocktake = stocktake;
		this.runs = runs;
		this.submissions = submissions;
		this.findings = findings;
		this.progress = progress;
		this.authorities = authorities;
	}

	/**
	 * The quarterly review of the plans (and the stock-take, when its responses are among
	 * the inputs).
	 */
	public Outcome review(ReviewRequest request) throws Exception {
		if (!Files.isDirectory(request.input())) {
			return new Outcome(2,
					"The input folder " + request.input() + " does not exist. Put the plan workbooks there, "
							+ "or give the folder that holds them with --input.");
		}
		return run(this.quarterlyReview, request);
	}

	/** The stock-take on its own, from a CSV file or the CSV files in a folder. */
	public Outcome stocktake(ReviewRequest request) throws Exception {
		if (!Files.exists(request.input())) {
			return new Outcome(2, "The stock-take responses " + request.input()
					+ " do not exist. Give the CSV file, or the " + "folder that holds it, with --input.");
		}
		return run(this.stocktake, request);
	}

	private Outcome run(Job job, ReviewRequest request) throws Exception {
		Path output = request.output();
		Quarter quarter = request.quarter();
		OutputLayout layout = new OutputLayout(output.toAbsolutePath().normalize(), quarter, Jobs.part(job.getName()));
		try {
			Files.createDirectories(layout.quarterDir());
		}
		catch (IOException ex) {
			return new Outcome(2, "The output folder " + output + " cannot be written to (" + ex.getMessage()
					+ "). Choose another with --output.");
		}
		Path lockFile = layout.quarterDir().resolve(".lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			if (lock == null) {
				return new Outcome(EXIT_BUSY, "Another plan-review run is already working on " + quarter + " in "
						+ output + ". Wait for it to finish, then run this again.");
			}
			try {
				return runLocked(job, request, layout);
			}
			finally {
				// Nothing but the outputs is left in the quarter's folder.
				Files.deleteIfExists(lockFile);
			}
		}
	}

	private Outcome runLocked(Job job, ReviewRequest request, OutputLayout layout) throws Exception {
		Quarter quarter = request.quarter();
		Path input = request.input();
		boolean documents = request.documents();
		OptionalInt published = layout.latestPublished();
		if (published.isPresent() && !request.rerun()) {
			return new Outcome(EXIT_REFUSED, quarter + " has already been reviewed: its outputs are in "
					+ layout.publishedDir(published.getAsInt()) + " (revision " + published.getAsInt()
					+ ") and are kept as they are; to review it again into a new revision, run: ./run.sh --quarter "
					+ quarter + " --rerun");
		}
		int revision = published.isPresent() ? published.getAsInt() + 1 : 1;
		// A completed review whose outputs were deleted since is not restarted: it is
		// reviewed afresh.
		int attempt = this.runs.completedRuns(job.getName(), quarter, input, layout.outputDir(), revision);
		if (attempt > 0) {
			this.progress.say("The outputs of an earlier review of " + quarter + " in " + layout.publishedDir(revision)
					+ " are no longer there; reviewing it afresh.");
		}
		JobParameters identifying = ReviewRun.parameters(quarter, input, layout.outputDir(), revision, attempt,
				Instant.EPOCH, documents);
		JobExecution previous = this.jobRepository.getLastJobExecution(job.getName(), identifyingOnly(identifying));
		Instant runDate = request.documentDate();
		if (previous != null && previous.getStatus() != BatchStatus.COMPLETED) {
			// An interrupted run of the same review: resume it as it was started, so its
			// outputs are the same.
			ReviewRun earlier = ReviewRun.of(previous);
			runDate = earlier.runDate();
			documents = earlier.documents();
			if (previous.getStatus().isRunning()) {
				// We hold the quarter's lock, so no process is running it: it died (kill,
				// power cut).
				this.jobOperator.recover(previous);
			}
			this.progress
				.say("Resuming the interrupted review of " + quarter + " from step " + failedStep(previous) + ".");
		}
		JobParameters parameters = ReviewRun.parameters(quarter, input, layout.outputDir(), revision, attempt, runDate,
				documents);
		JobExecution execution = this.jobOperator.start(job, parameters);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return new Outcome(EXIT_FAILED,
					"The review stopped while " + describe(failedStep(execution)) + ": " + reason(execution)
							+ ". Nothing was published: put the problem right and run the same command again, "
							+ "it resumes from where it stopped (details in data/plan-review.log).");
		}
		ReviewRun run = ReviewRun.of(execution);
		return new Outcome(0, job == this.stocktake ? stocktakeSummary(run, layout.publishedDir(revision))
				: summary(run, layout.publishedDir(revision)));
	}

	private String summary(ReviewRun run, Path published) {
		List<SubmissionStore.Submission> all = this.submissions.submissions(run.runId());
		long accepted = all.stream().filter(s -> s.status() == SubmissionStatus.ACCEPTED).count();
		long authorities = all.stream()
			.filter(s -> s.status() == SubmissionStatus.ACCEPTED)
			.mapToLong(s -> s.authorities().size())
			.sum();
		long rejected = all.stream().filter(s -> s.status() == SubmissionStatus.REJECTED).count();
		List<Finding> found = this.findings.all(run.runId());
		long errors = found.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = found.stream().filter(f -> f.severity() == Severity.WARNING).count();
		StringBuilder text = new StringBuilder();
		text.append("Reviewed ")
			.append(accepted)
			.append(accepted == 1 ? " plan" : " plans")
			.append(" covering ")
			.append(authorities)
			.append(" of ")
			.append(this.authorities.all().size())
			.append(" authorities for ")
			.append(run.quarter())
			.append('.');
		if (rejected > 0) {
			text.append(' ').append(rejected).append(rejected == 1 ? " file" : " files").append(" could not be read.");
		}
		text.append("\nfindings.csv lists ")
			.append(errors)
			.append(errors == 1 ? " error" : " errors")
			.append(" and ")
			.append(warnings)
			.append(warnings == 1 ? " warning" : " warnings")
			.append(" to look at.");
		text.append("\nOutputs: ").append(published);
		return text.toString();
	}

	private String stocktakeSummary(ReviewRun run, Path published) {
		long unreadable = this.findings.all(run.runId()).stream().filter(f -> f.severity() == Severity.ERROR).count();
		return "Read the stock-take responses for " + run.quarter() + "."
				+ (unreadable > 0 ? " " + unreadable + (unreadable == 1 ? " response or file" : " responses or files")
						+ " could not be read; see findings.csv." : "")
				+ "\nOutputs: " + published;
	}

	private static JobParameters identifyingOnly(JobParameters parameters) {
		return new JobParameters(parameters.getIdentifyingParameters());
	}

	private static String failedStep(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStatus() != BatchStatus.COMPLETED)
			.map(StepExecution::getStepName)
			.findFirst()
			.orElse("the start");
	}

	private static String describe(String step) {
		return switch (step) {
			case "prepareRun" -> "preparing the run";
			case "readStocktake" -> "reading the stock-take responses";
			case "writeStocktake" -> "writing the stock-take";
			case "readPlans" -> "reading the plans";
			case "consolidatePlans" -> "checking for duplicate submissions";
			case "scorePlans" -> "scoring the plans";
			case "writeTables" -> "writing the CSV files";
			case "renderDocuments" -> "rendering the documents";
			case "writeIndex" -> "writing the quarter's index.html";
			case "publish" -> "publishing the outputs";
			default -> step;
		};
	}

	/**
	 * What went wrong, in one line: the first message in the chain that is not Spring's
	 * own wrapping (ours say what to do; a library's deepest one is often too terse).
	 */
	private static String reason(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (failures.isEmpty()) {
			return execution.getExitStatus().getExitDescription();
		}
		Throwable cause = failures.get(0);
		while (cause.getCause() != null && cause.getCause() != cause
				&& (cause.getMessage() == null || cause.getClass().getName().startsWith("org.springframework."))) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null || message.isBlank() ? cause.getClass().getSimpleName()
				: message.replaceAll("\\s+", " ").replaceAll("[.\\s]+$", "");
	}

}
