package uk.gov.london.planreview.review;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.FindingStore;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.SubmissionStatus;
import uk.gov.london.planreview.ingest.SubmissionStore;
import uk.gov.london.planreview.quarter.Quarter;

/**
 * Runs the quarterly review for one quarter and says how it went. It makes sure only one
 * run works on a quarter's folder at a time, finishes a publish that was interrupted,
 * decides the revision (refusing to replace a published review unless asked to rerun),
 * and lets {@link Attempts} decide whether an interrupted run resumes or starts afresh.
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

	private final Attempts attempts;

	private final Job quarterlyReview;

	private final Job stocktake;

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final Progress progress;

	private final AuthorityDirectory authorities;

	ReviewCommand(JobOperator jobOperator, Attempts attempts, @Qualifier("quarterlyReview") Job quarterlyReview,
			@Qualifier("stocktake") Job stocktake, SubmissionStore submissions, FindingStore findings,
			Progress progress, AuthorityDirectory authorities) {
		this.jobOperator = jobOperator;
		this.attempts = attempts;
		this.quarterlyReview = quarterlyReview;
		this.stocktake = stocktake;
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
		// The lock is kept beside the quarters, not in one: a published folder holds only
		// outputs, and a lock file that stays is never deleted under another run's feet.
		Path lockFile = Files.createDirectories(layout.outputDir().resolve(".locks"))
			.resolve(quarter + (layout.part().isEmpty() ? "" : "-" + layout.part()) + ".lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
			if (lock == null) {
				return new Outcome(EXIT_BUSY, "Another plan-review run is already working on " + quarter + " in "
						+ output + holder(lockFile) + ". Wait for it to finish, then run this again.");
			}
			channel.truncate(0);
			channel.write(StandardCharsets.UTF_8.encode("process " + ProcessHandle.current().pid() + ", started "
					+ LocalDateTime.now(ReviewRequest.LONDON).truncatedTo(ChronoUnit.MINUTES) + ", reviewing " + quarter
					+ " from " + request.input()));
			channel.force(true);
			return runLocked(job, request, layout);
		}
	}

	/** The lock, or null when another run holds it (in this process or another). */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	/**
	 * " (process 1234, started …, reviewing …)": what the lock's holder wrote, if
	 * anything.
	 */
	private static String holder(Path lockFile) {
		try {
			String written = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
			return written.isEmpty() ? "" : " (" + written + ")";
		}
		catch (IOException ex) {
			return "";
		}
	}

	private Outcome runLocked(Job job, ReviewRequest request, OutputLayout layout) throws Exception {
		Optional<Attempts.Start> unfinished = this.attempts.unfinishedPublish(job, layout);
		if (unfinished.isPresent()) {
			return start(job, unfinished.get(), layout);
		}
		Quarter quarter = request.quarter();
		OptionalInt published = layout.latestPublished();
		if (published.isPresent() && !request.rerun()) {
			return new Outcome(EXIT_REFUSED,
					quarter + " has already been reviewed: its outputs are in "
							+ layout.publishedDir(published.getAsInt()) + " (revision " + published.getAsInt()
							+ ") and are kept as they are. To review it again into a new revision, run: ./run.sh"
							+ (job == this.stocktake ? " stocktake" : "") + " --quarter " + quarter + " --input "
							+ request.input() + " --output " + request.output() + " --rerun");
		}
		int revision = published.isPresent() ? published.getAsInt() + 1 : 1;
		return start(job, this.attempts.choose(job, request, layout, revision), layout);
	}

	private Outcome start(Job job, Attempts.Start start, OutputLayout layout) throws Exception {
		if (start.say() != null) {
			this.progress.say(start.say());
		}
		JobExecution execution = this.jobOperator.start(job, start.parameters());
		ReviewRun run = ReviewRun.of(execution);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			Optional<ReviewStopped> stopped = execution.getAllFailureExceptions()
				.stream()
				.map(ReviewCommand::stopped)
				.flatMap(Optional::stream)
				.findFirst();
			return new Outcome(EXIT_FAILED, stopped.map(Throwable::getMessage)
				.orElseGet(() -> "The review stopped while " + describe(Attempts.failedStep(execution)) + ": "
						+ reason(execution) + ". Nothing was published. Put the problem right and run the same "
						+ "command again: it resumes from where it stopped, or starts afresh if the inputs have "
						+ "changed (details in data/plan-review.log)."));
		}
		Path publishedDir = layout.publishedDir(run.revision());
		return new Outcome(0, job == this.stocktake ? stocktakeSummary(run, publishedDir) : summary(run, publishedDir));
	}

	private static Optional<ReviewStopped> stopped(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof ReviewStopped stopped) {
				return Optional.of(stopped);
			}
		}
		return Optional.empty();
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

	private static String describe(String step) {
		return switch (step) {
			case "prepareRun" -> "preparing the run";
			case "readStocktake" -> "reading the stock-take responses";
			case "writeStocktake" -> "writing the stock-take";
			case "readPlans" -> "reading the plans";
			case "consolidatePlans" -> "checking for duplicate submissions";
			case "scorePlans" -> "scoring the plans";
			case "compareWithLastQuarter" -> "comparing with last quarter";
			case "findGoodPractice" -> "finding good practice";
			case "writeTables" -> "writing the CSV files and review.xlsx";
			case "renderDocuments" -> "rendering the documents";
			case "annotateCopies" -> "writing the annotated copies of the plans";
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
